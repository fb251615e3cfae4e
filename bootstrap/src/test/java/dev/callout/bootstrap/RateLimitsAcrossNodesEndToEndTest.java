package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database share every budget: requests spread over both are allowed the limit
 * once, not twice. The tolerance is one direction only: never more than the limit, and at least
 * the limit less the slice the other node may still hold (a tenth of the limit).
 */
class RateLimitsAcrossNodesEndToEndTest {

    private static final int LIMIT = 40;
    private static final int SLICE = LIMIT / 10;

    private static final HttpClient http = HttpClient.newHttpClient();
    private static RunningCallout first;
    private static RunningCallout second;

    @BeforeAll
    static void start() {
        // an hour-long window, so no window ends while a test runs
        first = RunningCallout.start(Map.of(
                "callout.rate-limits.general.limit", LIMIT,
                "callout.rate-limits.general.period", "1h",
                "callout.rate-limits.trusted-proxies", "127.0.0.1"));
        second = first.anotherNode();
    }

    /** Sends 150 requests, mostly alternating and now and then a run on one node; how many each node allowed. */
    private static int[] spread(String address, String token) {
        int[] allowed = new int[2];
        for (int i = 0; i < 150; i++) {
            int node = (i / 7) % 3 == 2 ? 0 : i % 2;
            Reply reply = (node == 0 ? first : second).send(http, "GET", "/api/v1/categories", token, null,
                    Map.of("X-Forwarded-For", address));
            assertThat(reply.status()).isIn(200, 429);
            if (reply.status() == 200) {
                allowed[node]++;
            }
        }
        return allowed;
    }

    @Test
    void anAddressGetsTheLimitOnceAcrossBothNodes() {
        int[] allowed = spread("2001:db8:1::1", null);

        assertThat(allowed[0] + allowed[1]).isBetween(LIMIT - SLICE, LIMIT);
        assertThat(allowed[0]).as("both nodes served").isPositive();
        assertThat(allowed[1]).isPositive();
        for (RunningCallout node : new RunningCallout[] {first, second}) {
            Reply refused = node.send(http, "GET", "/api/v1/jobs", null, null, Map.of("X-Forwarded-For", "2001:db8:1::1"));
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void aUserGetsTheLimitOnceAcrossBothNodes() {
        String token = first.customer().token();
        assertThat(second.get("/api/v1/users/me", token).status()).as("signed in on every node").isEqualTo(200);

        int[] allowed = spread("2001:db8:2::1", token);

        assertThat(allowed[0] + allowed[1]).isBetween(LIMIT - SLICE - 1, LIMIT - 1);
        assertThat(allowed[0]).isPositive();
        assertThat(allowed[1]).isPositive();
    }
}
