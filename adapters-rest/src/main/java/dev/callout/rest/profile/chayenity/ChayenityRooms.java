package dev.callout.rest.profile.chayenity;

import dev.callout.application.account.GetUserUseCase;
import dev.callout.application.chat.ChatService;
import dev.callout.application.chat.MessageReceived;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.realtime.SocketClient;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The members connected to each room (a gig's chat) on this node, and the frames they get:
 * {@code message} for every message of the room (from any node, as the core's live events bring
 * them), {@code typing} for the other member's typing, {@code user_joined} and {@code user_left}
 * as members of the room come and go on any node (told to every node through {@link LiveEvents}, never
 * stored, as typing is). Frames go through each socket's {@link SocketClient} queue; {@code SocketClients}
 * ends the sockets of a session that ends.
 */
@Singleton
@Requires(property = "callout.profile", value = "chayenity")
public class ChayenityRooms {

    /** A member's socket in a room. */
    record Member(SocketClient client, JobId room, User user) {
    }

    /** A member joined or left a room on some node: its fields are the room, the socket and the frame's data. */
    static final String JOINED = "chayenity.user_joined";
    static final String LEFT = "chayenity.user_left";

    private final Map<JobId, Set<Member>> rooms = new ConcurrentHashMap<>();
    private final LiveEvents live;
    private final JsonMapper json;
    private final GetUserUseCase users;
    private final Clock clock;

    public ChayenityRooms(LiveEvents live, JsonMapper json, GetUserUseCase users, Clock clock) {
        this.live = live;
        this.json = json;
        this.users = users;
        this.clock = clock;
        live.listen(this::deliver);
    }

    /**
     * The member's socket gets the room's frames from now on, as soon as its membership is known (so a member
     * whose socket opened first hears of the next one), while the socket's own admission ({@code
     * SocketClients.open}) is still to come: the others hear of it at {@link #announce}.
     */
    void enter(Member member) {
        rooms.computeIfAbsent(member.room(), room -> ConcurrentHashMap.newKeySet()).add(member);
    }

    /** The member's socket was admitted: the others, on every node, hear that they joined. */
    void announce(Member member) {
        live.publish(new LiveEvent(JOINED, presence(member)));
    }

    /** The socket closed: the others, on every node, hear that they left, if they heard of the joining. */
    void leave(Member member) {
        if (forget(member)) {
            live.publish(new LiveEvent(LEFT, presence(member)));
        }
    }

    /** The socket was refused at its admission: it leaves unannounced; false when it was not in the room. */
    boolean forget(Member member) {
        boolean removed = rooms.getOrDefault(member.room(), Set.of()).remove(member);
        rooms.computeIfPresent(member.room(), (room, members) -> members.isEmpty() ? null : members);
        return removed;
    }

    String frame(String type, Map<String, Object> data) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        frame.put("data", data);
        try {
            return json.writeValueAsString(frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deliver(LiveEvent event) {
        switch (event.type()) {
            case MessageReceived.TYPE -> roomOf(event).ifPresent(room -> message(room, event.fields()));
            case ChatService.TYPING -> roomOf(event).ifPresent(room -> typing(room, event.fields()));
            case JOINED -> roomOf(event).ifPresent(room -> toOthers(room, event.fields(), "user_joined"));
            case LEFT -> roomOf(event).ifPresent(room -> toOthers(room, event.fields(), "user_left"));
            default -> {
            }
        }
    }

    private Optional<Set<Member>> roomOf(LiveEvent event) {
        return event.fields().get("job_id") instanceof String id ? Optional.ofNullable(rooms.get(new JobId(id)))
                : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private void message(Set<Member> room, Map<String, Object> fields) {
        Map<String, Object> message = (Map<String, Object>) fields.get("message");
        UserId sender = new UserId((String) message.get("sender_id"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", Uuids.of((String) message.get("id")));
        data.put("content", message.get("content"));
        data.put("sender_id", Uuids.of(sender.value()));
        data.put("sender_name", users.byId(sender).map(User::name).orElse(null));
        data.put("image_url", Wire.fileUrl((String) message.get("image_file_id")));
        data.put("created_at", Wire.time(Instant.parse((String) message.get("sent_at"))));
        String frame = frame("message", data);
        room.forEach(member -> send(member, frame));
    }

    /** The core tells the typing to the other party ({@code recipient_id}); their sockets in the room hear it. */
    private void typing(Set<Member> room, Map<String, Object> fields) {
        UserId typist = new UserId((String) fields.get("user_id"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user_id", Uuids.of(typist.value()));
        data.put("user_name", users.byId(typist).map(User::name).orElse(null));
        data.put("is_typing", fields.get("is_typing"));
        String frame = frame("typing", data);
        room.stream().filter(member -> member.user().id().value().equals(fields.get("recipient_id")))
                .forEach(member -> send(member, frame));
    }

    /** To the room's sockets on this node but the one that joined or left. */
    @SuppressWarnings("unchecked")
    private void toOthers(Set<Member> room, Map<String, Object> fields, String type) {
        String frame = frame(type, (Map<String, Object>) fields.get("data"));
        room.stream().filter(other -> !other.client().id().equals(fields.get("socket"))).forEach(other -> send(other, frame));
    }

    private Map<String, Object> presence(Member member) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user_id", Uuids.of(member.user().id().value()));
        data.put("user_name", member.user().name());
        data.put("timestamp", Wire.time(clock.instant()));
        return Map.of("job_id", member.room().value(), "socket", member.client().id(), "data", data);
    }

    static void send(Member member, String frame) {
        member.client().send(frame);
    }
}
