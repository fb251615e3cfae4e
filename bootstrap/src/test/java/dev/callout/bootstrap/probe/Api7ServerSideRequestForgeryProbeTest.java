package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.User;
import dev.callout.bootstrap.probe.Surface.Field;
import dev.callout.bootstrap.probe.Surface.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * OWASP API7:2023 Server Side Request Forgery. The server fetches only what an admin registers as an
 * outgoing webhook endpoint: no other request field or query parameter of any route is a URL, host
 * or callback (the Google key set and Stripe are the operator's configuration), and an endpoint
 * must be https on a public address, however the address is written. A new field of that kind
 * fails here and needs probes of its own.
 */
class Api7ServerSideRequestForgeryProbeTest {

    private static final Pattern FETCHABLE = Pattern.compile("(?i)url|uri|href|host|callback|webhook|endpoint|redirect|link|image_src");

    /** The fields the server does fetch, each guarded and probed below. */
    private static final Set<String> GUARDED = Set.of("POST /api/v1/admin/webhooks url");

    private final ProbeTarget target = ProbeTarget.get();

    @Test
    void noRequestButAWebhookRegistrationNamesSomethingForTheServerToFetch() {
        List<String> fetchable = new ArrayList<>();
        List<Operation> operations = Surface.operations(target);
        for (Operation operation : operations) {
            if (operation.schema() == null) {
                continue;
            }
            for (Field field : Surface.fields(operation.schema())) {
                if (FETCHABLE.matcher(field.path()).find() || "uri".equals(field.schema().get("format"))) {
                    fetchable.add(operation + " " + field.path());
                }
            }
            operation.queryParameters().stream().filter(name -> FETCHABLE.matcher(name).find())
                    .forEach(name -> fetchable.add(operation + " ?" + name));
        }
        assertThat(fetchable).isSubsetOf(GUARDED);
        assertThat(operations).filteredOn(operation -> operation.schema() != null).hasSizeGreaterThan(20);
    }

    @Test
    void aWebhookEndpointMustBeHttpsOnAPublicAddressHoweverItIsWritten() {
        User admin = target.admin();
        List<String> failures = new ArrayList<>();
        for (String url : List.of("https://127.0.0.1/hook", "https://localhost/hook", "https://[::1]/hook", "https://10.0.0.1/hook",
                "https://192.168.1.1/hook", "https://172.16.0.1/hook", "https://169.254.169.254/latest/meta-data/",
                "https://[fd00::1]/hook", "https://[::ffff:127.0.0.1]/hook", "https://0x7f000001/hook", "https://2130706433/hook",
                "https://0177.0.0.1/hook", "https://127.1/hook", "https://0.0.0.0/hook", "https://user@127.0.0.1/hook",
                "http://93.184.215.14/hook", "file:///etc/passwd", "gopher://127.0.0.1:25/", "ftp://93.184.215.14/", "//127.0.0.1/hook",
                "https://" + target.baseUrl().replaceFirst("^https?://", ""))) {
            Answer answer = target.send("POST", "/api/v1/admin/webhooks", admin.token(),
                    target.json(Map.of("url", url, "events", List.of("*"))));
            Checks.refusal(failures, url, answer, Set.of(400));
            if (answer.status() == 400 && !answer.errorFields().containsKey("url")) {
                failures.add(url + ": url is not named -> " + answer.text());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(target.send("GET", "/api/v1/admin/webhooks?limit=100", admin.token(), null).data()).isEmpty();
    }
}
