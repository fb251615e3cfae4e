package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * ART's Socket.IO clients live as the canonical socket does, seen by the official socket.io-client (default
 * transports) on PostgreSQL: refused past the user's socket cap with a CONNECT_ERROR, disconnected (an error
 * event naming the reason, then Socket.IO's DISCONNECT) past the frame budget and at the token's expiry,
 * dropped when they stop answering pings, and an operator's positions are all taken before its disconnect.
 */
@SuppressWarnings("unchecked")
class ArtSocketLifeEndToEndTest {

    private static final RunningCallout callout = RunningCallout.start(Map.of("callout.profile", "art",
            "callout.realtime.heartbeat", "1s", "callout.realtime.max-sockets-per-user", 2,
            "callout.realtime.max-frames-per-second", 10));

    @AfterAll
    static void stop() {
        callout.close();
    }

    @Test
    void theServerEndsItsClientsAsTheCanonicalSocketEndsItsOwn() {
        ArtAccounts accounts = new ArtAccounts(callout);
        Account operator = accounts.operator();
        List<Double> lats = IntStream.rangeClosed(1, 8).mapToObj(i -> Double.valueOf("51.505" + i)).toList();
        NodeProgram program = NodeProgram.named("art");
        Map<String, Object> clients = Map.of("customer", token(accounts.customer().token()), "chatty", token(accounts.customer().token()),
                "silent", token(accounts.customer().token()), "operator", token(operator.token()),
                "expiring", token(ExpiringToken.of(callout, accounts.customer().token(), Instant.now().plusSeconds(6))));

        NodeProgram.Outcome outcome = program.run("life.js", List.of(), Map.of("ART_URL", callout.server.getURL().toString(),
                "ART_ACCOUNTS", callout.json(clients), "ART_LATS", callout.json(lats)), Duration.ofMinutes(2));

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        Map<String, Object> run = read(outcome.output().strip().lines().reduce((first, last) -> last).orElseThrow());
        Map<String, Object> cap = (Map<String, Object>) run.get("cap");
        assertThat((Map<String, Object>) cap.get("refused")).as("the third socket of a user allowed two")
                .containsEntry("connected", false).containsEntry("message", "this account has as many sockets open as it may")
                .containsEntry("data", Map.of("code", "TOO_MANY_SOCKETS"));
        assertThat(cap.get("again")).as("a disconnected client gives back its place").isEqualTo(true);
        assertEnded(run.get("budget"), "TOO_MANY_FRAMES");
        assertEnded(run.get("expiry"), "TOKEN_EXPIRED");
        assertThat((Map<String, Object>) run.get("silent")).as("dropped after two silent heartbeats")
                .containsEntry("reason", "transport close");
        assertThat(run.get("stayed")).as("a client answering pings stays").isEqualTo(true);
        assertThat((List<Object>) ((Map<String, Object>) run.get("positions")).get("errors")).isEmpty();

        long deadline = System.nanoTime() + SocketProbe.WAIT.toNanos();
        for (Object lat = positionOf(operator); !lats.getLast().equals(lat); lat = positionOf(operator)) {
            assertThat(System.nanoTime()).as("the last position sent before the disconnect was taken; on the map: " + lat)
                    .isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    /** Disconnected by the server ({@code io server disconnect}) after an error event naming why. */
    private static void assertEnded(Object seen, String code) {
        Map<String, Object> client = (Map<String, Object>) seen;
        assertThat(client).containsEntry("reason", "io server disconnect");
        assertThat((List<Map<String, Object>>) client.get("errors")).last().satisfies(error -> assertThat(error)
                .containsEntry("code", code).containsKey("message"));
    }

    private static Object positionOf(Account operator) {
        return callout.get("/api/v1/admin/providers/map?limit=100", callout.admin().token()).data().stream()
                .filter(provider -> operator.id().equals(provider.get("id"))).findFirst().map(provider -> provider.get("lat")).orElse(null);
    }

    private static Map<String, String> token(String token) {
        return Map.of("token", token);
    }

    private static Map<String, Object> read(String line) {
        try {
            return callout.context.getBean(JsonMapper.class).readValue(line, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + line, e);
        }
    }
}
