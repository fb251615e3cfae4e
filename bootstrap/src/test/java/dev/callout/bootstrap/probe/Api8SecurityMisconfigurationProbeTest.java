package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.User;
import dev.callout.bootstrap.probe.Surface.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * OWASP API8:2023 Security Misconfiguration. Every route's answers, successes and refusals alike,
 * carry the security headers the server promises (docs/security.md) and no Server or X-Powered-By
 * banner; errors the framework makes carry no stack trace, class name or SQL; CORS allows no origin
 * (none is configured) and says so in the envelope; TRACE is not served; health says no more than UP.
 */
class Api8SecurityMisconfigurationProbeTest {

    private static final Map<String, String> PROMISED = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private final World world = World.get();

    private void checkHeaders(List<String> failures, String what, Answer answer) {
        PROMISED.forEach((header, value) -> {
            if (!answer.headers().allValues(header).equals(List.of(value))) {
                failures.add(what + " (" + answer.status() + "): " + header + " is " + answer.headers().allValues(header));
            }
        });
        String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
        if (!policy.contains("frame-ancestors 'none'") || !policy.startsWith("default-src 'none'")) {
            failures.add(what + " (" + answer.status() + "): Content-Security-Policy is " + policy);
        }
        if (answer.headers().firstValue("Cache-Control").isEmpty()) {
            failures.add(what + " (" + answer.status() + "): no Cache-Control");
        }
        for (String banner : List.of("Server", "X-Powered-By", "X-AspNet-Version", "Via")) {
            answer.headers().firstValue(banner).ifPresent(value -> failures.add(what + ": " + banner + ": " + value));
        }
    }

    @Test
    void everyAnswerCarriesThePromisedHeadersAndNoBanner() {
        List<String> failures = new ArrayList<>();
        for (Operation operation : Surface.operations(world.target)) {
            checkHeaders(failures, operation + " anonymously", world.call(operation, null));
            if (operation.method().equals("GET") && !operation.isPublic()) {
                checkHeaders(failures, operation + " read by its owner", world.call(operation, world.caller(operation)));
            }
        }
        checkHeaders(failures, "an unknown route", world.target.send("GET", "/api/v1/nowhere", null, null));
        checkHeaders(failures, "a refused origin", world.target.send("GET", "/api/v1/categories", null, null, null,
                Map.of("Origin", "https://evil.example")));
        assertThat(failures).isEmpty();
        Answer bytes = world.target.send("GET", "/api/v1/files/" + world.file, world.customer.token(), null);
        assertThat(bytes.headers().firstValue("Cache-Control")).as("file bytes may be cached privately").hasValue("private, max-age=3600");
        assertThat(world.target.send("GET", "/api/v1/users/me", world.customer.token(), null).headers().firstValue("Cache-Control"))
                .hasValue("no-store");
    }

    @Test
    void corsAllowsNoOriginAndRefusesInTheEnvelope() {
        List<String> failures = new ArrayList<>();
        for (Operation operation : Surface.operations(world.target)) {
            Answer preflight = world.target.send("OPTIONS", world.path(operation), null, null, null, Map.of(
                    "Origin", "https://evil.example", "Access-Control-Request-Method", operation.method(),
                    "Access-Control-Request-Headers", "authorization, content-type"));
            if (preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent()
                    || preflight.headers().firstValue("Access-Control-Allow-Credentials").isPresent()) {
                failures.add(operation + ": a preflight from a foreign origin is allowed: " + preflight.headers().map());
            }
            Answer simple = world.target.send(operation.method(), world.path(operation), null, null, null,
                    Map.of("Origin", "https://evil.example"));
            Checks.refusal(failures, operation + " from a foreign origin", simple, Set.of(403));
            if (!"ORIGIN_NOT_ALLOWED".equals(simple.errorCode())) {
                failures.add(operation + " from a foreign origin: code " + simple.errorCode());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void frameworkErrorsCarryNoInternals() {
        List<String> failures = new ArrayList<>();
        String token = world.customer.token();
        Map<String, Answer> answers = Map.of(
                "TRACE", world.target.send("TRACE", "/api/v1/jobs", token, null),
                "an unknown method", world.target.send("BREW", "/api/v1/jobs", token, null),
                "a wrong method", world.target.send("DELETE", "/api/v1/categories", token, null),
                "XML", world.target.send("POST", "/api/v1/jobs", token, "application/xml",
                        "<job><category>plumber</category></job>".getBytes(StandardCharsets.UTF_8), Map.of()),
                "an unacceptable type", world.target.send("GET", "/api/v1/jobs", token, null, null, Map.of("Accept", "application/xml")),
                "a broken multipart", world.target.send("POST", "/api/v1/files", token, "multipart/form-data; boundary=x",
                        "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end".getBytes(StandardCharsets.UTF_8), Map.of()),
                "an overlong percent-encoded slash", world.target.send("GET", "/api/v1/jobs/job_%C0%AF", token, null),
                "a path traversal", world.target.send("GET", "/api/v1/files/..%2F..%2Fetc%2Fpasswd", token, null));
        answers.forEach((what, answer) -> Checks.refusal(failures, what, answer, Set.of(400, 404, 405, 406, 415)));
        assertThat(failures).isEmpty();
        assertThat(answers.get("TRACE").text()).as("TRACE echoes nothing").doesNotContain(token);
    }

    @Test
    void healthIsPublicButSaysOnlyThatTheServerIsUp() {
        Answer health = world.target.send("GET", "/api/v1/health", null, null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).containsEntry("status", "UP");
        assertThat(health.text()).doesNotContainIgnoringCase("postgres").doesNotContain("jdbc", "version", "/tmp", "callout-e2e");
        assertThat(world.target.send("GET", "/api/v1/metrics", null, null).status()).as("metrics are not public").isEqualTo(401);
    }
}
