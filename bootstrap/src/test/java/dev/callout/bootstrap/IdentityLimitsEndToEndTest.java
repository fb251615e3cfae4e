package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real limits (5 auth requests a minute per address, sign-in slowdown after 3 failures) and
 * Google sign-in against keys generated here and served on loopback, each in an application of
 * its own so the shared one keeps its generous limits.
 */
class IdentityLimitsEndToEndTest {

    private static final String CLIENT_ID = "callout-test.apps.googleusercontent.com";

    private static HttpServer jwks;
    private static RSAKey googleKey;
    private static RunningCallout limited;
    private static RunningCallout withGoogle;

    @BeforeAll
    static void start() throws Exception {
        googleKey = new RSAKeyGenerator(2048).keyID("google-test").generate();
        byte[] keys = new JWKSet(googleKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jwks.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(keys);
            }
        });
        jwks.start();
        limited = RunningCallout.start(Map.of(
                "callout.rate-limits.auth.limit", 5,
                "callout.accounts.failures-before-slowdown", 3,
                "callout.accounts.identifier-lock-after", 5));
        withGoogle = RunningCallout.start(Map.of(
                "callout.google.client-id", CLIENT_ID,
                "callout.google.jwks-url", "http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs"));
    }

    @AfterAll
    static void stop() {
        jwks.stop(0);
    }

    @Test
    void failedSignInsSlowDownThenTheAddressIsRateLimitedWithHeaders() {
        String login = "{\"identifier\": \"ghost-%s@test.callout.dev\", \"password\": \"wrong password\"}"
                .formatted(UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            Reply failed = limited.post("/api/v1/auth/login", null, login);
            assertThat(failed.status()).isEqualTo(401);
            assertThat(failed.raw().headers().firstValue("X-RateLimit-Limit")).contains("5");
            assertThat(failed.raw().headers().firstValue("X-RateLimit-Remaining")).contains(Integer.toString(4 - i));
        }
        Reply slowed = limited.post("/api/v1/auth/login", null, login);
        assertThat(slowed.status()).isEqualTo(429);
        assertThat(slowed.errorCode()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(slowed.raw().headers().firstValue("Retry-After")).isPresent();

        limited.post("/api/v1/auth/login", null, login);
        Reply limitedReply = limited.post("/api/v1/auth/login", null, login);
        assertThat(limitedReply.status()).isEqualTo(429);
        assertThat(limitedReply.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(limitedReply.raw().headers().firstValue("X-RateLimit-Remaining")).contains("0");
        assertThat(limitedReply.raw().headers().firstValue("X-RateLimit-Reset")).isPresent();
        assertThat(Long.parseLong(limitedReply.raw().headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(limited.get("/api/v1/categories", null).status()).as("other routes are not limited").isEqualTo(200);
    }

    private String googleToken(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("https://accounts.google.com").audience(CLIENT_ID).subject("1098765")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .claim("email", "g-" + UUID.randomUUID() + "@gmail.com").claim("email_verified", true).claim("name", "Gia Google");
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                change.apply(claims).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private Reply google(String token) {
        return withGoogle.post("/api/v1/auth/login/google", null, "{\"id_token\": \"%s\"}".formatted(token));
    }

    @Test
    void googleSignInCreatesThenLinksTheAccountOfTheVerifiedEmail() throws Exception {
        String email = "g-" + UUID.randomUUID() + "@gmail.com";
        Reply created = google(googleToken(googleKey, b -> b.claim("email", email)));
        assertThat(created.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) created.json().get("user");
        assertThat(user).containsEntry("email", email).containsEntry("role", "customer").containsEntry("status", "active");
        assertThat(withGoogle.get("/api/v1/users/me", created.get("access_token")).status()).isEqualTo(200);

        Reply again = google(googleToken(googleKey, b -> b.claim("email", email.toUpperCase())));
        @SuppressWarnings("unchecked")
        Map<String, Object> linked = (Map<String, Object>) again.json().get("user");
        assertThat(linked.get("id")).isEqualTo(user.get("id"));
    }

    @Test
    void googleTokensWithAWrongSignatureAudienceIssuerExpiryOrUnverifiedEmailAreRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("google-test").generate();
        Date past = Date.from(Instant.now().minusSeconds(3600));
        for (String token : new String[] {
                googleToken(stranger, b -> b),
                googleToken(googleKey, b -> b.audience("someone-else.apps.googleusercontent.com")),
                googleToken(googleKey, b -> b.issuer("https://evil.example.com")),
                googleToken(googleKey, b -> b.expirationTime(past).issueTime(past)),
                googleToken(googleKey, b -> b.claim("email_verified", false)),
                "not.a.token"}) {
            Reply refused = google(token);
            assertThat(refused.status()).as(token).isEqualTo(401);
            assertThat(refused.errorCode()).isEqualTo("INVALID_GOOGLE_TOKEN");
        }
    }
}
