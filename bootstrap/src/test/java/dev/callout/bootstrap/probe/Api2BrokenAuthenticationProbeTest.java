package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.User;
import dev.callout.bootstrap.probe.Surface.Operation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OWASP API2:2023 Broken Authentication. Every route that is not public, and the WebSocket
 * handshake, refuse with 401 in the envelope: no token, a malformed one, a wrong signature,
 * {@code alg: none}, an expired token, a token without {@code exp}, and the token of a session
 * that ended (logout, suspension). Refresh tokens work once.
 */
class Api2BrokenAuthenticationProbeTest {

    private static final ProbeTarget target = ProbeTarget.get();
    private static final Map<String, String> badTokens = new LinkedHashMap<>();

    @BeforeAll
    static void forgeTokens() throws Exception {
        User user = target.customer();
        JWTClaimsSet genuine = SignedJWT.parse(user.token()).getJWTClaimsSet();
        byte[] key = target.tokenSigningKey();
        Date past = Date.from(Instant.now().minus(Duration.ofHours(1)));
        badTokens.put("malformed", "not.a.token");
        badTokens.put("wrong signature", sign(genuine, "a different key that is long enough!".getBytes(StandardCharsets.UTF_8)));
        badTokens.put("alg none", new PlainJWT(genuine).serialize());
        badTokens.put("expired", sign(changed(genuine, claims -> claims.issueTime(past).notBeforeTime(past).expirationTime(past)), key));
        badTokens.put("without exp", sign(changed(genuine, claims -> claims.expirationTime(null)), key));
        badTokens.put("another audience", sign(changed(genuine, claims -> claims.audience("another-api")), key));

        User loggedOut = target.customer();
        assertThat(target.send("POST", "/api/v1/auth/logout", loggedOut.token(), null).status()).isEqualTo(204);
        badTokens.put("after logout", loggedOut.token());

        User suspended = target.customer();
        Answer suspension = target.send("PATCH", "/api/v1/admin/users/" + suspended.id(), target.admin().token(),
                target.json(Map.of("status", "suspended", "note", "probe")));
        assertThat(suspension.status()).as(suspension.text()).isEqualTo(200);
        badTokens.put("of a suspended account", suspended.token());
        // the control: the genuine token re-signed with the right key works, so the refusals are about what was changed
        assertThat(target.send("GET", "/api/v1/users/me", sign(genuine, key), null).status()).isEqualTo(200);
    }

    private static JWTClaimsSet changed(JWTClaimsSet claims, UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder(claims)).build();
    }

    private static String sign(JWTClaimsSet claims, byte[] key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    @Test
    void everyRouteThatIsNotPublicRefusesEveryBadToken() {
        World world = World.get();
        List<String> failures = new ArrayList<>();
        int probed = 0;
        for (Operation operation : Surface.operations(target)) {
            if (operation.isPublic()) {
                continue;
            }
            Answer anonymous = world.call(operation, null);
            Checks.refusal(failures, operation + " without a token", anonymous, Set.of(401));
            for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                Answer answer = world.call(operation, new User(null, null, bad.getValue()));
                Checks.refusal(failures, operation + " with a token " + bad.getKey(), answer, Set.of(401));
            }
            probed++;
        }
        assertThat(failures).isEmpty();
        assertThat(probed).isGreaterThan(40);
    }

    @Test
    void theSocketHandshakeRefusesEveryBadToken() {
        for (Map.Entry<String, String> bad : badTokens.entrySet()) {
            URI socket = URI.create(target.baseUrl().replaceFirst("^http", "ws") + "/api/v1/ws");
            assertThatThrownBy(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                    .header("Authorization", "Bearer " + bad.getValue())
                    .buildAsync(socket, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS))
                    .as(bad.getKey()).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                            refused -> assertThat(refused.getResponse().statusCode()).isEqualTo(401));
        }
    }

    @Test
    void aRefreshTokenWorksOnceAndItsReuseEndsTheSession() {
        User user = target.customer();
        Answer login = target.send("POST", "/api/v1/auth/login", null,
                target.json(Map.of("identifier", user.email(), "password", ProbeTarget.PASSWORD)));
        String refresh = login.get("refresh_token");
        Answer first = target.send("POST", "/api/v1/auth/token/refresh", null, target.json(Map.of("refresh_token", refresh)));
        assertThat(first.status()).isEqualTo(200);
        Answer reused = target.send("POST", "/api/v1/auth/token/refresh", null, target.json(Map.of("refresh_token", refresh)));
        Checks.refusal(new ArrayList<>(), "reuse", reused, Set.of(401));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(target.send("GET", "/api/v1/users/me", first.get("access_token"), null).status())
                .as("the session the reuse ended").isEqualTo(401);
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountLookTheSame() {
        User user = target.customer();
        Answer wrong = target.send("POST", "/api/v1/auth/login", null,
                target.json(Map.of("identifier", user.email(), "password", "not the password")));
        Answer unknown = target.send("POST", "/api/v1/auth/login", null,
                target.json(Map.of("identifier", "nobody-" + user.id() + "@test.callout.dev", "password", "not the password")));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.text()).isEqualTo(unknown.text());
    }
}
