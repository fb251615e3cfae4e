package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.bootstrap.SocketProbe.Closed;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Chayenity's room socket lives as the canonical socket does, on PostgreSQL with JDK WebSocket clients: its
 * open, frames and close are handled in order, and it is ended (Chayenity's error frame, then 1008) at its
 * token's expiry, past its user's socket cap, past its frame budget and when it stops answering pings. Members
 * hear each other join and leave whichever node their sockets are on.
 */
@SuppressWarnings("unchecked")
class ChayenitySocketEndToEndTest {

    private static final String PASSWORD = "securepassword123";
    private static final RunningCallout callout = ProfileSocketNode.start("chayenity", 10);

    private final JsonMapper json = callout.context.getBean(JsonMapper.class);
    private final String base = callout.server.getURL().toString();

    @AfterAll
    static void stop() {
        callout.close();
    }

    private record User(String id, String access) {
    }

    /** A gig's chat: its seeker and the helper who took it. */
    private record Room(String id, User seeker, User helper) {
    }

    @Test
    void aFrameSentTheMomentTheSocketOpensIsActedOn() {
        Room room = room();
        try (SocketProbe helper = socket(room, room.helper().access())) {
            helper.sendRaw(message("right away"));
            assertThat(helper.await("message").data()).containsEntry("content", "right away");
        }
    }

    @Test
    void framesAreActedOnInTheOrderSentAndAllOfThemBeforeTheClose() {
        Room room = room();
        List<String> sent = IntStream.rangeClosed(1, 8).mapToObj(i -> "message " + i).toList();
        try (SocketProbe seeker = admitted(socket(room, room.seeker().access()))) {
            SocketProbe helper = socket(room, room.helper().access());
            sent.forEach(content -> helper.sendRaw(message(content)));
            helper.close();

            seeker.await("user_left");
            assertThat((List<Map<String, Object>>) callout.get("/api/chat/rooms/" + room.id() + "/messages", room.seeker().access())
                    .json().get("messages")).as("every frame was acted on, in order, before the close")
                    .extracting(message -> message.get("content")).containsExactlyElementsOf(sent);
        }
    }

    @Test
    void aSocketEndsAtItsTokensExpiryWithoutWaitingForAFrame() {
        Room room = room();
        String shortLived = ExpiringToken.of(callout, room.seeker().access(), Instant.now().plusSeconds(5));
        try (SocketProbe seeker = admitted(socket(room, shortLived))) {
            assertEnded(seeker, "TOKEN_EXPIRED", "access token expired");
        }
    }

    @Test
    void aUserHoldsAtMostTwoSocketsTheirCanonicalOnesIncluded() {
        Room room = room();
        try (SocketProbe first = admitted(socket(room, room.seeker().access()));
             SocketProbe canonical = SocketProbe.connect(base, room.seeker().access(), json)) {
            canonical.await("connected");
            try (SocketProbe third = socket(room, room.seeker().access())) {
                assertEnded(third, "TOO_MANY_SOCKETS", "too many sockets");
            }
            canonical.close();
            ProfileSocketNode.eventually(() -> {
                try (SocketProbe again = socket(room, room.seeker().access())) {
                    again.sendRaw("not json");
                    return "VALIDATION_ERROR".equals(again.awaitFirstOf("error").data().get("error_code"));
                } catch (CompletionException closedFirst) {
                    return false;
                }
            });
        }
    }

    @Test
    void aSocketSendingMoreFramesASecondThanItMayIsEnded() {
        Room room = room();
        try (SocketProbe chatty = admitted(socket(room, room.seeker().access()))) {
            for (int i = 0; i < 100 && chatty.trySend("typing", Map.of()); i++) {
                // as fast as the client can write
            }
            assertEnded(chatty, "TOO_MANY_FRAMES", "too many frames");
        }
    }

    @Test
    void aClientThatStopsAnsweringPingsIsDroppedAndLeavesTheRoom() {
        Room room = room();
        try (SocketProbe seeker = admitted(socket(room, room.seeker().access()));
             SilentSocket helper = new SilentSocket(base, "/ws/chat/" + room.id() + "?token=" + room.helper().access(), Map.of())) {
            seeker.await("user_joined");
            assertThat(helper.awaitClose(SocketProbe.WAIT)).as("going away: missed two heartbeats").isEqualTo(1001);
            seeker.await("user_left");
            admitted(seeker);
            assertThat(seeker.isClosed()).as("a client answering pings stays").isFalse();
        }
    }

    @Test
    void membersOnTwoNodesHearEachOtherJoinAndLeave() {
        Room room = room();
        try (RunningCallout otherNode = callout.anotherNode();
             SocketProbe seeker = admitted(socket(room, room.seeker().access()))) {
            SocketProbe helper = admitted(SocketProbe.connectTo(otherNode.server.getURL().toString(),
                    "/ws/chat/" + room.id() + "?token=" + room.helper().access(), json));
            assertThat(seeker.await("user_joined").data()).as("the helper joined on the other node")
                    .containsEntry("user_id", room.helper().id()).containsEntry("user_name", "Hana Helper");
            helper.close();
            assertThat(seeker.await("user_left").data()).containsEntry("user_id", room.helper().id());
            assertThat(helper.seen()).extracting(SocketProbe.Frame::event).as("nobody hears of their own socket")
                    .doesNotContain("user_joined");
        }
    }

    private static void assertEnded(SocketProbe socket, String code, String reason) {
        Closed closed = socket.awaitClose(SocketProbe.WAIT);
        assertThat(closed.code()).isEqualTo(1008);
        assertThat(closed.reason()).isEqualTo(reason);
        assertThat(socket.seen()).extracting(SocketProbe.Frame::event).last().isEqualTo("error");
        assertThat(socket.seen().getLast().data()).containsEntry("error_code", code).containsKey("detail");
    }

    /** The socket, once the server acted on a frame of it (a malformed one, answered with an error). */
    private static SocketProbe admitted(SocketProbe socket) {
        socket.sendRaw("not json");
        assertThat(socket.await("error").data()).containsEntry("error_code", "VALIDATION_ERROR");
        return socket;
    }

    private SocketProbe socket(Room room, String token) {
        return SocketProbe.connectTo(base, "/ws/chat/" + room.id() + "?token=" + token, json);
    }

    private static String message(String content) {
        return "{\"type\": \"send_message\", \"content\": \"" + content + "\", \"image_url\": null}";
    }

    private static Room room() {
        User seeker = signUp("Sam Seeker");
        User helper = signUp("Hana Helper");
        Reply gig = callout.post("/api/gigs/", seeker.access(), """
                {"title": "Carry boxes", "description": "Need help", "duration_hours": 2, "budget": 500,
                 "latitude": 13.7563, "longitude": 100.5018, "address_text": "123 Main St"}""");
        assertThat(gig.status()).as(gig.text()).isEqualTo(201);
        assertThat(callout.post("/api/gigs/" + gig.get("id") + "/accept", helper.access(), null).status()).isEqualTo(200);
        return new Room(gig.get("id"), seeker, helper);
    }

    private static User signUp(String name) {
        String email = "room-" + UUID.randomUUID() + "@example.com";
        Reply registered = callout.post("/api/auth/register", null, """
                {"email": "%s", "password": "%s", "full_name": "%s"}""".formatted(email, PASSWORD, name));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        callout.verify(email);
        Reply login = callout.send("POST", "/api/auth/login", null, "application/x-www-form-urlencoded",
                ("username=" + email + "&password=" + PASSWORD).getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return new User(registered.get("id"), login.get("access_token"));
    }
}
