package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.callout.application.port.Sessions;
import dev.callout.application.port.Users;
import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.bootstrap.SocketProbe.Closed;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A session that ends reaches the sockets opened with it: logout, a reused refresh token, a password
 * reset, a suspension and a deletion close them within the deadline, and a frame sent meanwhile does
 * nothing. A socket lives as long as its access token unless the client renews it over the socket.
 */
class SocketSessionsEndToEndTest {

    /** The promise is a second; the deadline leaves room for a busy test machine. */
    static final Duration CLOSE_DEADLINE = Duration.ofSeconds(3);

    private final TrustWorld world = new TrustWorld();
    private final RunningCallout callout = world.callout;
    private final JsonMapper json = world.json();
    private final String base = callout.server.getURL().toString();

    private SocketProbe connected(String token) {
        SocketProbe socket = SocketProbe.connect(base, token, json);
        socket.await("connected");
        return socket;
    }

    private static void assertEnded(SocketProbe socket, String code, int closeCode) {
        Closed closed = socket.awaitClose(CLOSE_DEADLINE);
        assertThat(closed.code()).isEqualTo(closeCode);
        assertThat(socket.seen()).extracting(SocketProbe.Frame::event).last().isEqualTo("error");
        assertThat(socket.seen().getLast().data()).containsEntry("code", code);
    }

    private static void assertAlive(SocketProbe socket) {
        socket.send("ping", Map.of());
        socket.await("pong");
        assertThat(socket.isClosed()).isFalse();
    }

    private Reply logIn(Account account) {
        return callout.post("/api/v1/auth/login", null, """
                {"identifier": "%s", "password": "correct horse battery"}""".formatted(account.email()));
    }

    @Test
    void logoutClosesThatSessionsSocketsOnly() {
        Account customer = callout.customer();
        String otherSession = logIn(customer).get("access_token");
        try (SocketProbe loggingOut = connected(customer.token()); SocketProbe stays = connected(otherSession)) {

            assertThat(callout.post("/api/v1/auth/logout", customer.token(), null).status()).isEqualTo(204);

            assertEnded(loggingOut, "SESSION_ENDED", 4001);
            assertAlive(stays);
        }
    }

    /**
     * The session is revoked, or the account suspended, in the store alone, with no signal to close
     * the socket: only the check every frame passes can refuse it. That check answers from what the
     * node found within the last second (as for HTTP requests), so a frame sent once that second is
     * over is refused, as it must be on a node the close never reaches.
     */
    @Test
    void aFrameSentAfterTheSessionEndedIsNeitherStoredNorDelivered() throws Exception {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = world.job(customer, provider, "accepted");
        String suspendedSession = logIn(provider).get("access_token");
        try (SocketProbe loggedOut = connected(customer.token());
             SocketProbe suspended = connected(suspendedSession);
             SocketProbe counterpart = connected(logIn(customer).get("access_token"))) {
            String sessionId = (String) SignedJWT.parse(customer.token()).getJWTClaimsSet().getClaim("sid");
            callout.context.getBean(Sessions.class).revoke(sessionId, Instant.now(), "logged out");
            Users users = callout.context.getBean(Users.class);
            User user = users.byId(new UserId(provider.id())).orElseThrow();
            users.update(user.withStatus(AccountStatus.SUSPENDED));
            // the node's session check forgets what it found within a second; HTTP asks the same check
            TrustWorld.eventually(() -> callout.get("/api/v1/users/me", customer.token()).status(), status -> status == 401);
            TrustWorld.eventually(() -> callout.get("/api/v1/users/me", suspendedSession).status(), status -> status != 200);

            loggedOut.send("message.send", Map.of("job_id", jobId, "content", "sent after logout"));
            suspended.send("message.send", Map.of("job_id", jobId, "content", "sent while suspended"));

            assertEnded(loggedOut, "SESSION_ENDED", 4001);
            assertEnded(suspended, "SESSION_ENDED", 4001);
            counterpart.send("message.send", Map.of("job_id", jobId, "content", "after"));
            SocketProbe.Frame first = counterpart.await("message.received");
            assertThat(TrustWorld.map(first.data().get("message"))).containsEntry("content", "after");
        }
        assertThat(callout.get("/api/v1/jobs/" + jobId + "/messages", logIn(customer).get("access_token")).data())
                .extracting(message -> message.get("content")).containsExactly("after");
    }

    @Test
    void suspensionClosesEverySocketOfTheUser() {
        Account provider = callout.provider("plumber");
        String secondSession = logIn(provider).get("access_token");
        try (SocketProbe first = connected(provider.token()); SocketProbe second = connected(secondSession)) {
            assertThat(callout.patch("/api/v1/admin/users/" + provider.id(), callout.admin().token(),
                    "{\"status\": \"suspended\"}").status()).isEqualTo(200);

            assertEnded(first, "SESSION_ENDED", 4001);
            assertEnded(second, "SESSION_ENDED", 4001);
        }
    }

    @Test
    void aPasswordResetAndADeletionCloseTheUsersSockets() {
        Account resetting = callout.customer();
        Account deleting = callout.customer();
        try (SocketProbe reset = connected(resetting.token()); SocketProbe deleted = connected(deleting.token())) {
            callout.post("/api/v1/auth/password/forgot", null, "{\"email\": \"%s\"}".formatted(resetting.email()));
            assertThat(callout.post("/api/v1/auth/password/reset", null, """
                    {"email": "%s", "code": "%s", "password": "a new long password"}"""
                    .formatted(resetting.email(), callout.lastCode(resetting.email()))).status()).isEqualTo(200);
            assertThat(callout.send("DELETE", "/api/v1/users/me", deleting.token(), null).status()).isEqualTo(200);

            assertEnded(reset, "SESSION_ENDED", 4001);
            assertEnded(deleted, "SESSION_ENDED", 4001);
        }
    }

    @Test
    void aReusedRefreshTokenClosesTheSessionsSockets() {
        Reply session = logIn(callout.customer());
        String firstRefresh = session.get("refresh_token");
        Reply rotated = callout.post("/api/v1/auth/token/refresh", null, "{\"refresh_token\": \"%s\"}".formatted(firstRefresh));
        assertThat(rotated.status()).isEqualTo(200);
        try (SocketProbe socket = connected(rotated.get("access_token"))) {
            assertAlive(socket);

            assertThat(callout.post("/api/v1/auth/token/refresh", null, "{\"refresh_token\": \"%s\"}".formatted(firstRefresh))
                    .status()).isEqualTo(401);

            assertEnded(socket, "SESSION_ENDED", 4001);
        }
    }

    private String signed(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new MACSigner(callout.context.getRequiredProperty(JwtSecret.PROPERTY, String.class).getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void aSocketEndsWhenItsTokenExpiresUnlessTheClientRenewsIt() throws Exception {
        Account customer = callout.customer();
        JWTClaimsSet genuine = SignedJWT.parse(customer.token()).getJWTClaimsSet();
        Instant soon = Instant.now().plusSeconds(5);
        String shortLived = signed(new JWTClaimsSet.Builder(genuine).expirationTime(Date.from(soon)).build());
        try (SocketProbe expiring = SocketProbe.connect(base, shortLived, json);
             SocketProbe renewing = SocketProbe.connect(base, shortLived, json)) {
            assertThat(expiring.await("connected").data()).containsEntry("expires_at", soon.truncatedTo(ChronoUnit.SECONDS).toString());
            renewing.await("connected");

            renewing.send("auth.renew", Map.of("access_token", callout.customer().token()));
            assertThat(renewing.await("error").data()).as("another user's token").containsEntry("code", "INVALID_TOKEN");
            renewing.send("auth.renew", Map.of("access_token", "not-a-token"));
            assertThat(renewing.await("error").data()).containsEntry("code", "INVALID_TOKEN");
            renewing.send("auth.renew", Map.of("access_token", customer.token()));
            assertThat(renewing.await("auth.renewed").data())
                    .containsEntry("expires_at", genuine.getExpirationTime().toInstant().toString());

            Closed closed = expiring.awaitClose(SocketProbe.WAIT);
            assertThat(closed.code()).isEqualTo(4002);
            assertThat(closed.reason()).isEqualTo("access token expired");
            assertThat(expiring.seen().getLast().data()).containsEntry("code", "TOKEN_EXPIRED");
            assertAlive(renewing);
        }
    }

    @Test
    void aUserHoldsAtMostFiveSocketsAndASocketAtMostTwentyFramesASecond() {
        Account customer = callout.customer();
        List<SocketProbe> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(connected(customer.token()));
            }
            SocketProbe sixth = SocketProbe.connect(base, customer.token(), json);
            open.add(sixth);
            assertEnded(sixth, "TOO_MANY_SOCKETS", 4008);
            assertAlive(open.getFirst());

            SocketProbe chatty = open.getFirst();
            for (int i = 0; i < 100 && chatty.trySend("ping", Map.of()); i++) {
                // as fast as the client can write
            }
            assertEnded(chatty, "TOO_MANY_FRAMES", 4029);
            assertThat(chatty.seen()).extracting(SocketProbe.Frame::event).filteredOn("pong"::equals)
                    .as("the frames past the budget went unanswered").hasSizeLessThan(50);
        } finally {
            open.forEach(SocketProbe::close);
        }
    }
}
