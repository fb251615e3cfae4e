package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.bootstrap.SocketProbe.Closed;
import io.micronaut.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * BlueWork's /ws lives as the canonical socket does, on PostgreSQL with JDK WebSocket clients: its open,
 * frames and close are handled in order, and it is ended (the canonical error frame and close codes) at its
 * token's expiry, past its user's socket cap, past its frame budget and when it stops answering pings. A job's
 * followers (job.subscribe) get its events while they may see it.
 */
class BlueWorkSocketEndToEndTest {

    private static final String PASSWORD = "Str0ngP@ss!";
    private static final double LAT = 14.5547;
    private static final double LNG = 121.0244;
    private static final RunningCallout callout = ProfileSocketNode.start("bluework", 10);

    private final JsonMapper json = callout.context.getBean(JsonMapper.class);
    private final String base = callout.server.getURL().toString();

    @AfterAll
    static void stop() {
        callout.close();
    }

    private record Person(String id, String phone, String token) {
    }

    /** Repeated: a frame lost between the 101 and the socket's handler showed about one time in ten (SocketUpgradeOnEventLoop). */
    @RepeatedTest(30)
    void framesSentTheMomentTheSocketOpensAreAnsweredAfterItsOpenInTheOrderSent() {
        Person customer = register("customer", null);
        List<String> events = IntStream.rangeClosed(1, 8).mapToObj(i -> "event." + i).toList();
        try (SocketProbe socket = socket(customer.token())) {
            events.forEach(event -> socket.send(event, Map.of()));
            for (String event : events) {
                assertThat(socket.await("error").data()).containsEntry("code", "UNKNOWN_EVENT")
                        .containsEntry("message", "unknown event '" + event + "'");
            }
            assertThat(socket.seen()).extracting(SocketProbe.Frame::event).first().isEqualTo("connected");
        }
    }

    @Test
    void aWorkersPositionsAreTakenInTheOrderSentUpToTheClose() {
        Person worker = worker();
        Person customer = register("customer", null);
        List<Double> lats = IntStream.rangeClosed(1, 8).mapToObj(i -> LAT + i * 0.0001).toList();
        SocketProbe socket = socket(worker.token());
        lats.forEach(lat -> socket.send("worker.location_ping", Map.of("lat", lat, "lng", LNG)));
        socket.close();

        ProfileSocketNode.eventually(() -> {
            Reply nearby = callout.get("/api/v1/workers/nearby?lat=%s&lng=%s&category=plumber".formatted(LAT, LNG), customer.token());
            return nearby.status() == 200 && nearby.data().stream()
                    .anyMatch(found -> worker.id().equals(found.get("id")) && lats.getLast().equals(found.get("lat")));
        });
    }

    @Test
    void aSocketEndsAtItsTokensExpiryWithoutWaitingForAFrame() {
        Person customer = register("customer", null);
        try (SocketProbe socket = socket(ExpiringToken.of(callout, customer.token(), Instant.now().plusSeconds(5)))) {
            socket.await("connected");
            assertEnded(socket, "TOKEN_EXPIRED", 4002);
        }
    }

    @Test
    void aUserHoldsAtMostTwoSocketsTheirCanonicalOnesIncluded() {
        Person customer = register("customer", null);
        try (SocketProbe first = socket(customer.token());
             SocketProbe canonical = SocketProbe.connectWithHeader(base, customer.token(), json)) {
            first.await("connected");
            canonical.await("connected");
            try (SocketProbe third = socket(customer.token())) {
                assertEnded(third, "TOO_MANY_SOCKETS", 4008);
            }
            canonical.close();
            ProfileSocketNode.eventually(() -> opens(customer.token()));
        }
    }

    @Test
    void aSocketSendingMoreFramesASecondThanItMayIsEnded() {
        Person customer = register("customer", null);
        try (SocketProbe chatty = socket(customer.token())) {
            chatty.await("connected");
            for (int i = 0; i < 100 && chatty.trySend("job.subscribe", Map.of()); i++) {
                // as fast as the client can write
            }
            assertEnded(chatty, "TOO_MANY_FRAMES", 4029);
        }
    }

    @Test
    void aClientThatStopsAnsweringPingsIsDroppedAndGivesBackItsPlace() {
        Person customer = register("customer", null);
        try (SocketProbe live = socket(customer.token());
             SilentSocket silent = new SilentSocket(base, "/ws", Map.of("Authorization", "Bearer " + customer.token()))) {
            live.await("connected");
            assertThat(silent.awaitClose(SocketProbe.WAIT)).as("going away: missed two heartbeats").isEqualTo(1001);
            // the dropped socket's place is free once the server has handled its close, which the client may see first
            ProfileSocketNode.eventually(() -> opens(customer.token()));
            live.send("event.after", Map.of());
            assertThat(live.await("error").data()).as("a client answering pings stays").containsEntry("code", "UNKNOWN_EVENT");
        }
    }

    @Test
    void anAdminFollowsAnyJobWhileOthersAreRefusedAsGetJobRefusesThem() {
        Person customer = register("customer", null);
        Person stranger = register("customer", null);
        String jobId = post(customer);
        try (SocketProbe admin = socket(callout.admin().token()); SocketProbe other = socket(stranger.token())) {
            admin.send("job.subscribe", Map.of("job_id", jobId));
            assertThat(admin.await("job.subscribed").data()).containsEntry("job_id", jobId).containsEntry("status", "pending");
            other.send("job.subscribe", Map.of("job_id", jobId));
            assertThat(other.await("error").data()).containsEntry("code", "FORBIDDEN");
            other.send("job.subscribe", Map.of("job_id", "job_" + UUID.randomUUID().toString().replace("-", "")));
            assertThat(other.await("error").data()).containsEntry("code", "JOB_NOT_FOUND");

            Reply cancelled = callout.patch("/api/v1/jobs/" + jobId + "/status", customer.token(), "{\"status\": \"cancelled\"}");
            assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
            assertThat(admin.await("job.status_changed").data()).as("the admin follows the job's events")
                    .containsEntry("job_id", jobId).containsEntry("status", "cancelled");
            other.send("event.after", Map.of());
            other.await("error");
            assertThat(other.seen()).extracting(SocketProbe.Frame::event).doesNotContain("job.status_changed");
        }
    }

    @Test
    void aWorkerFollowingAnOpenJobStopsOnceAnotherWorkerTakesIt() {
        Person customer = register("customer", null);
        Person follower = worker();
        Person taker = worker();
        String jobId = post(customer);
        try (SocketProbe watching = socket(follower.token()); SocketProbe admin = socket(callout.admin().token())) {
            watching.send("job.subscribe", Map.of("job_id", jobId));
            assertThat(watching.await("job.subscribed").data()).as("open to every plumber").containsEntry("status", "pending");
            admin.send("job.subscribe", Map.of("job_id", jobId));
            admin.await("job.subscribed");

            for (String status : new String[] {"accepted", "in_progress"}) {
                Reply moved = callout.patch("/api/v1/jobs/" + jobId + "/status", taker.token(), "{\"status\": \"" + status + "\"}");
                assertThat(moved.status()).as(moved.text()).isEqualTo(200);
                admin.await("job.status_changed", data -> jobId.equals(data.get("job_id")) && status.equals(data.get("status")));
            }
            watching.send("event.after", Map.of());
            watching.await("error");
            assertThat(watching.seen()).as("taken by another, the job is no longer theirs to see")
                    .extracting(SocketProbe.Frame::event).doesNotContain("job.status_changed");
            watching.send("job.subscribe", Map.of("job_id", jobId));
            assertThat(watching.await("error").data()).containsEntry("code", "FORBIDDEN");
        }
    }

    private static String post(Person customer) {
        Reply posted = callout.post("/api/v1/jobs", customer.token(), """
                {"category": "plumber", "description": "Leaking pipe under kitchen sink.",
                 "location": {"address": "123 Rizal St, Makati", "lat": %s, "lng": %s}, "urgency": "immediate"}"""
                .formatted(LAT, LNG));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        return posted.get("id");
    }

    private static void assertEnded(SocketProbe socket, String code, int closeCode) {
        Closed closed = socket.awaitClose(SocketProbe.WAIT);
        assertThat(closed.code()).isEqualTo(closeCode);
        assertThat(socket.seen()).extracting(SocketProbe.Frame::event).last().isEqualTo("error");
        assertThat(socket.seen().getLast().data()).containsEntry("code", code);
    }

    /** Whether a socket opened now is let in (it is closed again at once). */
    private boolean opens(String token) {
        try (SocketProbe again = socket(token)) {
            return "connected".equals(again.awaitFirstOf("connected", "error").event());
        } catch (CompletionException closedFirst) {
            return false;
        }
    }

    private SocketProbe socket(String token) {
        return SocketProbe.connectWithHeader(base, "/ws", token, json);
    }

    /** Registered and verified by OTP as BlueWork's document does it; a worker's token waits for approval. */
    private static Person register(String role, String skills) {
        String phone = "+63917" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Reply registered = callout.post("/api/v1/auth/register", null, """
                {"role": "%s", "name": "Ana Reyes", "email": "%s", "phone": "%s", "password": "%s"%s}"""
                .formatted(role, "ana-" + UUID.randomUUID() + "@example.com", phone, PASSWORD,
                        skills == null ? "" : ", \"skills\": " + skills));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        Reply verified = callout.post("/api/v1/auth/otp/verify", null, "{\"phone\": \"%s\", \"otp\": \"%s\"}"
                .formatted(phone, callout.lastCode(phone)));
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) registered.json().get("user");
        return new Person((String) user.get("id"), phone, verified.get("access_token"));
    }

    /** An approved plumber, signed in and online. */
    private static Person worker() {
        Person pending = register("worker", "[\"plumber\"]");
        Reply approved = callout.patch("/api/v1/admin/workers/" + pending.id(), callout.admin().token(), "{\"status\": \"active\"}");
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        Reply login = callout.post("/api/v1/auth/login", null, "{\"identifier\": \"%s\", \"password\": \"%s\"}"
                .formatted(pending.phone(), PASSWORD));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        String token = login.get("access_token");
        assertThat(callout.patch("/api/v1/workers/me/availability", token, "{\"status\": \"online\"}").status()).isEqualTo(200);
        return new Person(pending.id(), pending.phone(), token);
    }
}
