package dev.callout.rest.profile.chayenity;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.chat.ChatUseCase;
import dev.callout.application.chat.ChatUseCase.ChatRefusal;
import dev.callout.application.chat.ChatUseCase.SendMessageCommand;
import dev.callout.application.chat.ChatUseCase.SendResult;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.profile.chayenity.ChayenityRooms.Member;
import dev.callout.rest.realtime.FrameValues;
import dev.callout.rest.realtime.SocketClients;
import dev.callout.rest.realtime.SocketDialect;
import dev.callout.rest.realtime.SocketEnding;
import dev.callout.rest.realtime.SocketLane;
import dev.callout.rest.security.AccessTokenValidation;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketPongMessage;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Chayenity's room socket, {@code ws://host/ws/chat/{room_id}?token=<access token>}: open only to
 * the gig's seeker and its helper (anyone else, or an invalid token, is closed at once with 1008).
 * Members send {@code {"type": "send_message", "content", "image_url"}} (stored and told as the
 * core's chat does) and {@code {"type": "typing", "is_typing"}}; they receive {@code message},
 * {@code typing}, {@code user_joined} and {@code user_left}, and {@code error} for a frame that
 * was not acted on. It lives as the canonical socket does ({@link SocketClients}): its open, frames and
 * close run in order, each frame is acted on as the account is now, and it ends (an {@code error} frame
 * naming the core's reason, then 1008) at its token's expiry, when its session ends, when it sends too many
 * frames, misses two heartbeats or its user holds too many sockets.
 */
@Requires(property = "callout.profile", value = "chayenity")
@ServerWebSocket("/ws/chat/{roomId}")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ChayenityRoomSocket {

    private static final String MEMBER = "chayenity.member";
    /** Chayenity's error frame, and 1008 (as for every refusal of its socket) with the core's reason. */
    private static final SocketDialect DIALECT = new SocketDialect() {
        @Override
        public Map<String, Object> lastFrame(SocketEnding ending) {
            return Map.of("type", "error", "data", errorData(ending.message(), ending.name()));
        }

        @Override
        public CloseReason closeReason(SocketEnding ending) {
            return new CloseReason(CloseReason.POLICY_VIOLATION.getCode(), ending.closeReason().getReason());
        }
    };

    private final AccessTokenValidation tokens;
    private final CurrentActor currentActor;
    private final GetJobUseCase jobs;
    private final ChatUseCase chat;
    private final ChayenityRooms rooms;
    private final SocketClients clients;
    private final JsonMapper json;
    private final Executor blocking;

    public ChayenityRoomSocket(AccessTokenValidation tokens, CurrentActor currentActor, GetJobUseCase jobs, ChatUseCase chat,
                               ChayenityRooms rooms, SocketClients clients, JsonMapper json,
                               @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.tokens = tokens;
        this.currentActor = currentActor;
        this.jobs = jobs;
        this.chat = chat;
        this.rooms = rooms;
        this.clients = clients;
        this.json = json;
        this.blocking = blocking;
    }

    /**
     * Called on the connection's event loop, in order: each hands its work to the socket's lane. Every socket has this
     * hand-off of its own, since its handlers' path variables and what they look up on the session are its own.
     */
    @OnOpen
    public void open(String roomId, WebSocketSession session, HttpRequest<?> request) {
        SocketLane.open(session, blocking, () -> opened(roomId, session, request));
    }

    @OnMessage
    public void message(String text, WebSocketSession session) {
        SocketLane.then(session, () -> member(session).ifPresent(member -> read(member, text)));
    }

    @OnMessage
    public void pong(WebSocketPongMessage pong, WebSocketSession session) {
        SocketLane.then(session, () -> member(session).ifPresent(member -> member.client().heard()));
    }

    @OnClose
    public void close(WebSocketSession session) {
        SocketLane.then(session, () -> member(session).ifPresent(member -> {
            rooms.leave(member);
            clients.remove(member.client());
        }));
    }

    private static Optional<Member> member(WebSocketSession session) {
        return session.get(MEMBER, Member.class);
    }

    private void opened(String roomId, WebSocketSession session, HttpRequest<?> request) {
        Optional<Authentication> caller = request.getParameters().getFirst("token").flatMap(tokens::authenticate);
        Optional<Member> member;
        try {
            member = caller.flatMap(authentication -> {
                User user = currentActor.user(authentication);
                Actor actor = user.asActor();
                return Uuids.toId(roomId, JobId.PREFIX).map(JobId::new).flatMap(room -> jobs.get(actor, room))
                        .filter(job -> job.isParty(actor) && job.providerId() != null)
                        .map(job -> new Member(clients.client(session, user, authentication, DIALECT), job.id(), user));
            });
        } catch (ApiError notLive) {
            member = Optional.empty();
        }
        if (member.isEmpty()) {
            session.close(CloseReason.POLICY_VIOLATION);
            return;
        }
        session.put(MEMBER, member.get());
        rooms.enter(member.get());
        if (clients.open(member.get().client())) {
            rooms.announce(member.get());
        } else {
            rooms.forget(member.get());
        }
    }

    private void read(Member member, String text) {
        Optional<User> now = clients.admit(member.client());
        if (now.isEmpty()) {
            return;
        }
        Map<String, Object> frame = FrameValues.object(json, text).orElse(null);
        Actor actor = now.get().asActor();
        switch (frame != null && frame.get("type") instanceof String type ? type : "") {
            case "send_message" -> send(member, actor, frame);
            case "typing" -> typing(member, actor, frame);
            default -> error(member, "VALIDATION_ERROR", "frames are {\"type\": \"send_message\" or \"typing\", ...}");
        }
    }

    private void send(Member member, Actor actor, Map<String, Object> frame) {
        Object content = frame.get("content");
        Object imageUrl = frame.get("image_url");
        if (!(content == null || content instanceof String) || !(imageUrl == null || imageUrl instanceof String)) {
            error(member, "VALIDATION_ERROR", "content and image_url are strings");
            return;
        }
        Optional<String> image = imageUrl == null ? Optional.empty() : Wire.fileIdOfUrl((String) imageUrl);
        if (imageUrl != null && image.isEmpty()) {
            error(member, "VALIDATION_ERROR", "image_url must be the URL of one of your uploads");
            return;
        }
        try {
            if (chat.send(new SendMessageCommand(actor, member.room(), (String) content, image.orElse(null)))
                    instanceof SendResult.Refused refused) {
                error(member, code(refused.reason()), "the message was not sent");
            }
        } catch (InvalidCommandException e) {
            error(member, "VALIDATION_ERROR", "the message has invalid fields: " + e.fields().keySet());
        }
    }

    private void typing(Member member, Actor actor, Map<String, Object> frame) {
        if (!(frame.getOrDefault("is_typing", true) instanceof Boolean typing)) {
            error(member, "VALIDATION_ERROR", "is_typing is true or false");
            return;
        }
        ChatRefusal refusal = chat.typing(actor, member.room(), typing);
        if (refusal != ChatRefusal.NONE) {
            error(member, code(refusal), "typing was not told");
        }
    }

    private static String code(ChatRefusal refusal) {
        return switch (refusal) {
            case JOB_CLOSED -> "ROOM_CLOSED";
            case IMAGE_NOT_FOUND -> "VALIDATION_ERROR";
            case NONE, JOB_NOT_FOUND, JOB_NOT_ASSIGNED -> "RESOURCE_NOT_FOUND";
        };
    }

    private void error(Member member, String code, String detail) {
        ChayenityRooms.send(member, rooms.frame("error", errorData(detail, code)));
    }

    private static Map<String, Object> errorData(String detail, String code) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("detail", detail);
        data.put("error_code", code);
        return data;
    }
}
