package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds' general limit at its real default, 100 requests a minute per user and per address
 * when anonymous, in an application of its own. It trusts 127.0.0.1 as a proxy, so each test
 * speaks through X-Forwarded-For from documentation addresses of its own and no two tests share
 * a budget; a client bound to 127.0.0.2 is an untrusted peer.
 */
class RateLimitsEndToEndTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private static RunningCallout app;
    private static HttpClient http;
    private static HttpClient untrustedPeer;

    @BeforeAll
    static void start() throws Exception {
        app = RunningCallout.start(Map.of(
                "callout.rate-limits.general.limit", 100,
                "callout.rate-limits.trusted-proxies", "127.0.0.1"));
        http = HttpClient.newHttpClient();
        untrustedPeer = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
    }

    /** An IPv6 documentation address (2001:db8::/32) no other request of this run used. */
    private static String freshAddress() {
        return "2001:db8::" + Integer.toHexString(ADDRESSES.incrementAndGet());
    }

    private static Reply from(String address, String method, String path, String token, String body) {
        return app.send(http, method, path, token, body, Map.of("X-Forwarded-For", address));
    }

    private static Reply get(String address, String path, String token) {
        return from(address, "GET", path, token, null);
    }

    private static String header(Reply reply, String name) {
        return reply.raw().headers().firstValue(name).orElse(null);
    }

    private static int remaining(Reply reply) {
        return Integer.parseInt(header(reply, "X-RateLimit-Remaining"));
    }

    @Test
    void everyAnswerCarriesTheHeadersErrorsIncludedButNotTheOperationalRoutes() {
        String address = freshAddress();
        Reply ok = get(address, "/api/v1/categories", null);
        Reply unauthenticated = get(address, "/api/v1/jobs", null);
        Reply notFound = get(address, "/api/v1/nowhere", null);
        Reply malformed = from(address, "POST", "/api/v1/auth/login", null, "{\"identifier\": ");

        assertThat(ok.status()).isEqualTo(200);
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(400);
        int expected = 99;
        for (Reply reply : new Reply[] {ok, unauthenticated, notFound, malformed}) {
            assertThat(header(reply, "X-RateLimit-Limit")).as(reply.text()).isEqualTo("100");
            assertThat(remaining(reply)).as("one budget for the address").isEqualTo(expected--);
            assertThat(Long.parseLong(header(reply, "X-RateLimit-Reset"))).isBetween(1L, 60L);
        }

        Account customer = app.customer();
        Reply forbidden = get(address, "/api/v1/admin/audit-log", customer.token());
        Reply mine = get(address, "/api/v1/users/me", customer.token());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(remaining(forbidden)).as("the user's own budget").isEqualTo(99);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(remaining(mine)).isEqualTo(98);

        assertThat(get(address, "/api/v1/health", null).raw().headers().firstValue("X-RateLimit-Limit")).isEmpty();
        assertThat(get(address, "/api/v1/metrics", null).raw().headers().firstValue("X-RateLimit-Limit")).isEmpty();
    }

    @Test
    void anAnonymousAddressGets100AMinuteThen429WithRetryAfterInTheEnvelope() {
        String address = freshAddress();
        for (int i = 1; i <= 100; i++) {
            Reply reply = get(address, "/api/v1/categories", null);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(remaining(reply)).isEqualTo(100 - i);
        }

        Reply limited = get(address, "/api/v1/categories", null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(limited.json().get("error")).asString().doesNotContain("Exception");
        assertThat(Long.parseLong(header(limited, "Retry-After"))).isBetween(1L, 60L);
        assertThat(header(limited, "X-RateLimit-Limit")).isEqualTo("100");
        assertThat(remaining(limited)).isZero();
        Reply refusedBySecurity = get(address, "/api/v1/jobs", null);
        assertThat(refusedBySecurity.status()).as("what the security filter refuses counts too").isEqualTo(429);
        assertThat(header(refusedBySecurity, "Retry-After")).isNotNull();

        assertThat(get(freshAddress(), "/api/v1/categories", null).status()).as("another address").isEqualTo(200);
        Reply signedIn = get(address, "/api/v1/users/me", app.customer().token());
        assertThat(signedIn.status()).as("a signed-in user counts on their own").isEqualTo(200);
        assertThat(remaining(signedIn)).isEqualTo(99);
    }

    @Test
    void aSignedInUserGets100AMinuteFromWhereverTheyAsk() {
        Account customer = app.customer();
        Account other = app.customer();
        String address = freshAddress();
        for (int i = 1; i <= 100; i++) {
            Reply reply = get(i % 2 == 0 ? address : freshAddress(), "/api/v1/users/me", customer.token());
            assertThat(reply.status()).isEqualTo(200);
            assertThat(remaining(reply)).isEqualTo(100 - i);
        }

        Reply limited = get(freshAddress(), "/api/v1/jobs", customer.token());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(header(limited, "Retry-After")).isNotNull();

        Reply otherUser = get(address, "/api/v1/users/me", other.token());
        assertThat(otherUser.status()).isEqualTo(200);
        assertThat(remaining(otherUser)).isEqualTo(99);
        Reply anonymous = get(address, "/api/v1/categories", null);
        assertThat(anonymous.status()).as("the address's own budget is untouched").isEqualTo(200);
        assertThat(remaining(anonymous)).isEqualTo(99);
    }

    @Test
    void forwardedForCountsOnlyFromATrustedProxyAndTheRightMostUntrustedHopIsTheClient() {
        String client = freshAddress();
        String spoofed = freshAddress();
        assertThat(remaining(get(spoofed + ", " + client, "/api/v1/categories", null))).isEqualTo(99);
        assertThat(remaining(get(client + ", 127.0.0.1", "/api/v1/categories", null)))
                .as("a trusted hop is skipped").isEqualTo(98);
        assertThat(remaining(get(spoofed, "/api/v1/categories", null))).as("the left entry was never counted").isEqualTo(99);
        assertThat(remaining(get("[" + client + "]:443", "/api/v1/categories", null))).as("with a port").isEqualTo(97);

        for (int i = 1; i <= 3; i++) {
            Reply reply = app.send(untrustedPeer, "GET", "/api/v1/categories", null, null, Map.of("X-Forwarded-For", freshAddress()));
            assertThat(reply.status()).isEqualTo(200);
            assertThat(remaining(reply)).as("an untrusted peer's X-Forwarded-For is ignored: one budget for 127.0.0.2")
                    .isEqualTo(100 - i);
        }
    }
}
