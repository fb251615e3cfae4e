package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.json.JsonMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Depannini's two channels handle a socket's open, frames and close in order, on PostgreSQL with JDK
 * WebSocket clients: a frame sent the moment a socket opens waits for the open's verdict, and a burst of
 * frames is acted on in the order sent, up to the close. They live as the canonical socket does: ended
 * (Depannini's error frame, then the canonical close code) at the token's expiry, past the user's socket cap
 * and the frame budget, and dropped when they stop answering pings.
 */
class DepanniniSocketEndToEndTest {

    private static final String PASSWORD = "correct horse battery";
    private static final double LAT = 36.7731;
    private static final double LNG = 3.0588;
    private static final RunningCallout callout = ProfileSocketNode.start("depannini", 40);

    private final String base = callout.server.getURL().toString();

    @AfterAll
    static void stop() {
        callout.close();
    }

    private record Account(long id, String access) {
    }

    @Test
    void aRequestsPositionsReachItsChannelInTheOrderSentUpToTheClose() {
        Account client = client();
        Reply requested = callout.post("/api/assistance/request/", client.access(), """
                {"pickup": {"lat": %s, "lng": %s}, "dropoff": {"lat": 36.7213, "lng": 3.1842}}""".formatted(LAT, LNG));
        assertThat(requested.status()).as(requested.text()).isEqualTo(201);
        String channel = "/ws/assistance/" + ((Map<?, ?>) requested.json().get("assistance")).get("id") + "/";
        List<Double> lats = IntStream.rangeClosed(1, 30).mapToObj(i -> LAT + i * 0.0001).toList();
        try (DepanniniSocket watching = socket(channel, client.access())) {
            watching.send(Map.of("type", "location", "lat", LAT, "lng", LNG));
            assertThat(watching.await("location").get("lat")).as("on the channel").isEqualTo(LAT);
            DepanniniSocket moving = socket(channel, client.access());
            moving.send(Map.of("type", "location", "lat", lats.getFirst(), "lng", LNG));
            assertThat(watching.await("location").get("lat")).as("sent before the open was handled").isEqualTo(lats.getFirst());
            lats.subList(1, lats.size()).forEach(lat -> moving.send(Map.of("type", "location", "lat", lat, "lng", LNG)));
            moving.close();

            for (Double lat : lats.subList(1, lats.size())) {
                assertThat(watching.await("location").get("lat")).isEqualTo(lat);
            }
        }
    }

    @Test
    void anAssistantsChannelAnswersOnlyItsAssistantEvenAFrameSentTheMomentItOpens() {
        Account assistant = assistant();
        Account client = client();
        String channel = "/ws/assistant/" + assistant.id() + "/";
        JsonMapper json = callout.context.getBean(JsonMapper.class);
        try (SocketProbe intruder = SocketProbe.connectTo(base, channel + "?token=" + client.access(), json)) {
            intruder.trySend("hello", Map.of());
            assertThat(intruder.awaitClose(SocketProbe.WAIT).code()).isEqualTo(1008);
            assertThat(intruder.seen()).as("refused before its frame was read").isEmpty();
        }
        try (DepanniniSocket own = socket(channel, assistant.access())) {
            own.send(Map.of("type", "hello"));
            assertThat(own.await("error")).containsEntry("detail", "this channel only sends events");
        }
    }

    @Test
    void anAssistantsChannelEndsAtTheTokensExpiryWithoutWaitingForAFrame() {
        Account assistant = assistant();
        String token = ExpiringToken.of(callout, assistant.access(), Instant.now().plusSeconds(5));
        try (DepanniniSocket own = socket("/ws/assistant/" + assistant.id() + "/", token)) {
            assertEnded(own, "TOKEN_EXPIRED", 4002);
        }
    }

    @Test
    void aUserHoldsAtMostTwoSocketsOnTheChannels() {
        Account client = client();
        String channel = channel(client);
        try (DepanniniSocket first = socket(channel, client.access());
             DepanniniSocket second = socket(channel, client.access())) {
            for (DepanniniSocket admitted : List.of(first, second)) {
                admitted.send(Map.of("type", "hello"));
                assertThat(admitted.await("error")).containsEntry("detail", "the type is location, chat or status");
            }
            try (DepanniniSocket third = socket(channel, client.access())) {
                assertEnded(third, "TOO_MANY_SOCKETS", 4008);
            }
            first.send(Map.of("type", "hello"));
            assertThat(first.await("error")).as("the first two stay").containsEntry("detail", "the type is location, chat or status");
        }
    }

    @Test
    void aSocketSendingMoreFramesASecondThanItMayIsEnded() {
        Account client = client();
        try (DepanniniSocket chatty = socket(channel(client), client.access())) {
            for (int i = 0; i < 200 && chatty.trySend(Map.of("type", "hello")); i++) {
                // as fast as the client can write
            }
            assertEnded(chatty, "TOO_MANY_FRAMES", 4029);
        }
    }

    @Test
    void aClientThatStopsAnsweringPingsIsDroppedAndGivesBackItsPlace() {
        Account assistant = assistant();
        String channel = "/ws/assistant/" + assistant.id() + "/";
        try (DepanniniSocket live = socket(channel, assistant.access());
             SilentSocket silent = new SilentSocket(base, channel + "?token=" + assistant.access(), Map.of())) {
            assertThat(silent.awaitClose(SocketProbe.WAIT)).as("going away: missed two heartbeats").isEqualTo(1001);
            long deadline = System.nanoTime() + SocketProbe.WAIT.toNanos();
            boolean placeFree = false;
            while (!placeFree && System.nanoTime() < deadline) {
                try (DepanniniSocket again = socket(channel, assistant.access())) {
                    again.send(Map.of("type", "hello"));
                    placeFree = "this channel only sends events".equals(again.await("error").get("detail"));
                } catch (CompletionException closedFirst) {
                    placeFree = false;
                }
            }
            assertThat(placeFree).as("the dropped socket's place is free").isTrue();
            live.send(Map.of("type", "hello"));
            assertThat(live.await("error")).as("a client answering pings stays").containsEntry("detail", "this channel only sends events");
        }
    }

    /** Depannini's error frame naming why, then the canonical close code. */
    private static void assertEnded(DepanniniSocket socket, String code, int closeCode) {
        assertThat(socket.await("error", frame -> frame.containsKey("code"))).containsEntry("code", code).containsKey("detail");
        assertThat(socket.awaitClose()).isEqualTo(closeCode);
    }

    /** A new request of the client's: its channel. */
    private static String channel(Account client) {
        Reply requested = callout.post("/api/assistance/request/", client.access(), """
                {"pickup": {"lat": %s, "lng": %s}, "dropoff": {"lat": 36.7213, "lng": 3.1842}}""".formatted(LAT, LNG));
        assertThat(requested.status()).as(requested.text()).isEqualTo(201);
        return "/ws/assistance/" + ((Map<?, ?>) requested.json().get("assistance")).get("id") + "/";
    }

    private DepanniniSocket socket(String path, String token) {
        return new DepanniniSocket(base, path, token, callout.context.getBean(JsonMapper.class));
    }

    private static String phone() {
        return "+2135" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    }

    /** A client registered with a phone and verified by its code. */
    private static Account client() {
        String phone = phone();
        Reply registered = callout.post("/api/auth/register/", null, """
                {"phone_number": "%s", "name": "Samira Client", "password": "%s", "password_confirm": "%s",
                 "user_type": "client"}""".formatted(phone, PASSWORD, PASSWORD));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        Reply verified = callout.post("/api/auth/verify-phone/", null, """
                {"phone_number": "%s", "code": "%s"}""".formatted(phone, callout.lastCode(phone)));
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        return login(phone);
    }

    /** A towing assistant registered with an email and verified by its code. */
    private static Account assistant() {
        String phone = phone();
        String email = "tow-" + phone.substring(1) + "@depannini.test";
        String expiry = LocalDate.now().plusYears(2).format(DateTimeFormatter.ofPattern("dd:MM:yy"));
        Reply registered = callout.post("/api/auth/register/", null, """
                {"phone_number": "%s", "email": "%s", "name": "Karim Tow", "password": "%s", "password_confirm": "%s",
                 "user_type": "assistant", "service_type": "towing", "vehicle_type": "flatbed", "driving_license_cat": "c",
                 "driving_license_num": "DZ-123456", "driving_license_expiry": "%s", "vehicle_registration_num": 1234516,
                 "current_lat": 36.7762, "current_lng": 3.0601, "address": "Rue Didouche Mourad, Alger"}"""
                .formatted(phone, email, PASSWORD, PASSWORD, expiry));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        Reply verified = callout.post("/api/auth/verify-email/", null, """
                {"email": "%s", "code": "%s"}""".formatted(email, callout.lastCode(email)));
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        return login(phone);
    }

    private static Account login(String phone) {
        Reply login = callout.post("/api/auth/login/phone/", null, """
                {"phone_number": "%s", "password": "%s"}""".formatted(phone, PASSWORD));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        Map<?, ?> user = (Map<?, ?>) login.json().get("user");
        return new Account(((Number) user.get("id")).longValue(), login.get("access"));
    }
}
