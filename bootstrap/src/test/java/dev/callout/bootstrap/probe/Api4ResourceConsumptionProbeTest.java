package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.User;
import dev.callout.bootstrap.probe.Surface.BodyKind;
import dev.callout.bootstrap.probe.Surface.Caller;
import dev.callout.bootstrap.probe.Surface.Operation;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * OWASP API4:2023 Unrestricted Resource Consumption. Every list refuses page sizes over its limit;
 * every JSON route refuses deeply nested and oversized documents with a 4xx (not a 5xx, not a
 * stack overflow); a body over the server's limit is 413 before it is read; every counted answer
 * says where its caller stands against the rate limit. (Refusing the 101st request of a minute, and
 * doing so across nodes, is RateLimitsEndToEndTest and RateLimitsAcrossNodesEndToEndTest: this
 * server's limits are lifted so the probes can run.)
 */
class Api4ResourceConsumptionProbeTest {

    private final World world = World.get();

    @Test
    void everyListRefusesPageSizesOverItsLimit() {
        List<String> failures = new ArrayList<>();
        List<Operation> lists = Surface.operations(world.target).stream().filter(o -> o.queryParameters().contains("limit")).toList();
        for (Operation operation : lists) {
            String path = world.path(operation) + (operation.queryParameters().contains("lat") ? "?lat=14.5&lng=121.0&category=plumber&" : "?");
            User caller = world.caller(operation);
            for (String limit : List.of("101", "1000000", "0", "-1", "99999999999999999999")) {
                Answer answer = world.target.send("GET", path + "limit=" + limit, caller == null ? null : caller.token(), null);
                Checks.refusal(failures, operation + " limit=" + limit, answer, Set.of(400));
                if (answer.status() == 400 && !answer.errorFields().containsKey("limit")) {
                    failures.add(operation + " limit=" + limit + ": the field is not named -> " + answer.text());
                }
            }
            Answer largest = world.target.send("GET", path + "limit=100", caller == null ? null : caller.token(), null);
            if (largest.status() != 200 && largest.status() != 404) {
                failures.add(operation + " limit=100: " + largest.status() + " " + largest.text());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(lists).hasSizeGreaterThan(10);
    }

    @Test
    void everyJsonRouteRefusesDeepAndOversizedDocuments() {
        String deepArrays = "[".repeat(100_000) + "]".repeat(100_000);
        String deepInAField = "{\"zz\": " + "{\"a\": ".repeat(5_000) + "1" + "}".repeat(5_000) + "}";
        String hugeString = "{\"zz\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        List<String> failures = new ArrayList<>();
        for (Operation operation : Surface.operations(world.target)) {
            if (operation.body() != BodyKind.JSON) {
                continue;
            }
            User caller = world.caller(operation);
            for (Map.Entry<String, String> hostile : Map.of("100,000 nested arrays", deepArrays, "5,000 nested objects", deepInAField,
                    "a 2 MiB string", hugeString).entrySet()) {
                Answer answer = world.target.send(operation.method(), world.path(operation), caller == null ? null : caller.token(),
                        "application/json", hostile.getValue().getBytes(StandardCharsets.UTF_8), Map.of());
                Checks.refusal(failures, operation + " " + hostile.getKey(), answer, Set.of(400, 413));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aBodyOverTheServersLimitIsRefusedWith413() {
        byte[] tooLarge = new byte[27 * 1024 * 1024];
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> route : Map.of("/api/v1/jobs", "application/json", "/api/v1/auth/register", "application/json",
                "/api/v1/files", "multipart/form-data; boundary=probe").entrySet()) {
            String path = route.getKey();
            Answer answer = world.target.send("POST", path, world.customer.token(), route.getValue(), tooLarge, Map.of());
            Checks.refusal(failures, path, answer, Set.of(413));
        }
        assertThat(failures).isEmpty();
    }

    /**
     * A 413 sent before the body is read ends the connection: a client still sending (as the JDK's
     * HttpClient does, reading no answer before its body is out) is not left writing to a connection no
     * one reads, and the server does not hold it open. The upload route stops reading at once.
     */
    @Test
    void aRefusalOfABodyNotReadClosesTheConnection() throws Exception {
        URI base = URI.create(world.target.baseUrl());
        int length = 27 * 1024 * 1024;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/files HTTP/1.1\r\nHost: probe\r\nAuthorization: Bearer " + world.customer.token()
                    + "\r\nContent-Type: multipart/form-data; boundary=probe\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread.ofVirtual().start(() -> {
                try {
                    for (int sent = 0; sent < length; sent += 64 * 1024) {
                        out.write(new byte[64 * 1024]);
                    }
                } catch (IOException closed) {
                    // the server closed the connection while the body was still coming: what it should do
                }
            });
            String answer;
            try {
                answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (SocketTimeoutException open) {
                throw new AssertionError("the connection stayed open after the server stopped reading", open);
            }
            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("connection: close").contains("PAYLOAD_TOO_LARGE");
        }
    }

    /**
     * A client that writes its whole body before it reads (as the JDK's HttpClient does) still gets
     * the 413: the server lingers, dropping what comes, instead of resetting the connection mid-body.
     */
    @Test
    void aClientThatSendsItsWholeBodyFirstStillReadsTheRefusal() throws Exception {
        URI base = URI.create(world.target.baseUrl());
        int length = 27 * 1024 * 1024;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/files HTTP/1.1\r\nHost: probe\r\nAuthorization: Bearer " + world.customer.token()
                    + "\r\nContent-Type: multipart/form-data; boundary=probe\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            for (int sent = 0; sent < length; sent += chunk.length) {
                out.write(chunk);
            }
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("PAYLOAD_TOO_LARGE");
        }
    }

    @Test
    void everyCountedAnswerCarriesTheRateLimitHeaders() {
        List<String> failures = new ArrayList<>();
        for (Operation operation : Surface.operations(world.target)) {
            if (Set.of("/api/v1/health", "/api/v1/metrics", "/api/v1/payments/webhook").contains(operation.path())) {
                continue; // not counted, by design
            }
            List<Answer> answers = new ArrayList<>(List.of(world.call(operation, null)));
            if (operation.method().equals("GET") && !operation.isPublic()) {
                answers.add(world.call(operation, world.caller(operation))); // reads only: the world must stay as it is
            }
            for (Answer answer : answers) {
                for (String header : List.of("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")) {
                    if (answer.headers().firstValue(header).isEmpty()) {
                        failures.add(operation + " (" + answer.status() + ") has no " + header);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
