package dev.callout.rest.realtime;

import static dev.callout.rest.realtime.FrameValues.cast;
import static dev.callout.rest.realtime.FrameValues.eventId;
import static dev.callout.rest.realtime.FrameValues.number;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.chat.ChatUseCase;
import dev.callout.application.chat.ChatUseCase.ChatRefusal;
import dev.callout.application.chat.ChatUseCase.SendMessageCommand;
import dev.callout.application.chat.ChatUseCase.SendResult;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.port.EventHistory.RecordedEvent;
import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.application.presence.UpdateLocationUseCase.LocationResult;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.application.realtime.ReplayJobEventsUseCase;
import dev.callout.application.realtime.ReplayJobEventsUseCase.Replay;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.AccessTokenValidation;
import dev.callout.rest.security.CurrentActor;
import dev.callout.rest.security.SocketProtocolTokenReader;
import io.micronaut.core.type.Argument;
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
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The realtime socket, {@code /api/v1/ws}: every frame is {@code {"event": ..., "data": {...}}}. The
 * handshake is authenticated by the security filter (access token in the Authorization header, the
 * {@code Sec-WebSocket-Protocol} header after {@code callout.bearer}, or the {@code access_token} query
 * parameter). Every frame a client sends is acted on as the account is now: the session must still be
 * live, the account active and the token unexpired, else the socket ends. Clients may send {@code ping},
 * {@code auth.renew} {access_token}, {@code job.subscribe} {job_id, last_event_id?} / {@code
 * job.unsubscribe} {job_id} (parties only; the other parties hear of it as {@code presence}), as
 * providers {@code provider.location} {lat, lng}, in a job's chat {@code message.send} {job_id, content,
 * image_file_id?} and {@code typing} {job_id, is_typing}, as admins {@code ops.subscribe} (the operators'
 * feed); anything else is answered with an {@code error} frame. Values are read as the JSON types they
 * are: no string is taken for a number or a boolean. A socket's open, frames and close run in order.
 */
@ServerWebSocket(value = "/api/v1/ws", subprotocols = SocketProtocolTokenReader.PROTOCOL)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class RealtimeSocket {

    private static final String CLIENT = "callout.client";

    private final CurrentActor currentActor;
    private final AccessTokenValidation tokens;
    private final SocketClients clients;
    private final GetJobUseCase jobs;
    private final ReplayJobEventsUseCase replays;
    private final UpdateLocationUseCase location;
    private final JsonMapper json;
    private final ChatUseCase chat;
    private final Executor blocking;

    public RealtimeSocket(CurrentActor currentActor, AccessTokenValidation tokens, SocketClients clients,
                          GetJobUseCase jobs, ReplayJobEventsUseCase replays,
                          UpdateLocationUseCase location, JsonMapper json, ChatUseCase chat,
                          @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.currentActor = currentActor;
        this.tokens = tokens;
        this.clients = clients;
        this.jobs = jobs;
        this.replays = replays;
        this.location = location;
        this.json = json;
        this.chat = chat;
        this.blocking = blocking;
    }

    /**
     * Called on the connection's event loop, in order: each hands its work to the socket's lane. Every socket has this
     * hand-off of its own, since its handlers' path variables and what they look up on the session are its own.
     */
    @OnOpen
    public void open(WebSocketSession session, HttpRequest<?> request) {
        SocketLane.open(session, blocking, () -> opened(session, request));
    }

    @OnMessage
    public void message(String text, WebSocketSession session) {
        SocketLane.then(session, () -> read(text, session));
    }

    @OnMessage
    public void pong(WebSocketPongMessage pong, WebSocketSession session) {
        SocketLane.then(session, () -> session.get(CLIENT, SocketClient.class).ifPresent(SocketClient::heard));
    }

    @OnClose
    public void close(WebSocketSession session) {
        SocketLane.then(session, () -> session.get(CLIENT, SocketClient.class).ifPresent(clients::remove));
    }

    private void opened(WebSocketSession session, HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        User user;
        SocketClient client;
        try {
            Authentication caller = authentication.orElseThrow(() -> new ApiError(
                    io.micronaut.http.HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "a valid access token is required"));
            user = currentActor.user(caller);
            client = clients.client(session, user, caller, SocketDialect.CANONICAL);
        } catch (ApiError e) {
            session.close(CloseReason.POLICY_VIOLATION);
            return;
        }
        session.put(CLIENT, client);
        if (!clients.open(client)) {
            return;
        }
        client.send(clients.frame("connected", Map.of("user_id", user.id().value(), "role", user.role().wireName(),
                "expires_at", client.expiresAt().toString())));
    }

    private void read(String text, WebSocketSession session) {
        SocketClient client = session.get(CLIENT, SocketClient.class).orElse(null);
        Optional<User> user = client == null ? Optional.empty() : clients.admit(client);
        if (user.isEmpty()) {
            return;
        }
        Map<String, Object> frame;
        try {
            frame = json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException e) {
            frame = null;
        }
        if (frame == null || !(frame.getOrDefault("data", Map.of()) instanceof Map<?, ?> map)) {
            error(client, "MALFORMED_FRAME", "frames are JSON objects: {\"event\": ..., \"data\": {...}}", null);
            return;
        }
        Object event = frame.get("event");
        Map<String, Object> data = cast(map);
        Actor actor = user.get().asActor();
        switch (event instanceof String name ? name : "") {
            case "ping" -> client.send(clients.frame("pong", Map.of()));
            case "auth.renew" -> renew(client, data);
            case "job.subscribe" -> subscribe(client, actor, data);
            case "job.unsubscribe" -> unsubscribe(client, data);
            case "provider.location" -> reportLocation(client, actor, data);
            case "message.send" -> sendMessage(client, actor, data);
            case "typing" -> typing(client, actor, data);
            case "ops.subscribe" -> watchOperations(client, actor);
            default -> error(client, "UNKNOWN_EVENT", "unknown event '" + event + "'", null);
        }
    }

    /** A fresh access token of the same user, validated as a handshake's: the socket lives on until its expiry. */
    private void renew(SocketClient client, Map<String, Object> data) {
        Optional<Authentication> renewal = data.get("access_token") instanceof String token
                ? tokens.authenticate(token).filter(found -> client.userId().value().equals(found.getName()))
                : Optional.empty();
        if (renewal.isEmpty()) {
            error(client, "INVALID_TOKEN", "not a valid access token of this socket's user; the socket keeps its token", null);
            return;
        }
        Instant expiresAt = currentActor.expiresAt(renewal.get());
        client.renewed(currentActor.sessionId(renewal.get()), expiresAt);
        client.send(clients.frame("auth.renewed", Map.of("expires_at", expiresAt.toString())));
    }

    /**
     * Only a party may subscribe; anyone else learns nothing, not even that the job exists. With
     * {@code last_event_id}, the job's events after it that this socket would have received come
     * first, then {@code job.subscribed}; the job's live events wait until then.
     */
    private void subscribe(SocketClient client, Actor actor, Map<String, Object> data) {
        Object id = data.get("job_id");
        Object cursor = data.get("last_event_id");
        if (cursor != null && eventId(cursor) == null) {
            error(client, "VALIDATION_ERROR", "last_event_id is the id of an event frame: a whole number, 0 or more", id);
            return;
        }
        Optional<Job> job = id instanceof String value && Prefixed.matches(value, JobId.PREFIX)
                ? jobs.get(actor, new JobId(value)).filter(found -> found.isParty(actor)) : Optional.empty();
        if (job.isEmpty()) {
            error(client, "JOB_NOT_FOUND", "job not found", id);
            return;
        }
        String jobId = job.get().id().value();
        Map<String, Object> subscribed = new LinkedHashMap<>();
        subscribed.put("job_id", jobId);
        subscribed.put("status", job.get().status().wireName());
        subscribed.put("present", clients.subscribed(client, job.get()).stream().map(UserId::value).sorted().toList());
        if (cursor == null) {
            client.send(clients.frame("job.subscribed", subscribed));
            return;
        }
        client.hold(jobId);
        try {
            Replay replay = replays.replay(actor, job.get().id(), eventId(cursor)).orElse(new Replay(List.of(), true));
            for (RecordedEvent event : replay.events()) {
                client.sendReplayed(event.id(), clients.frame(event.type(), event.id(), event.fields()));
            }
            subscribed.put("replayed", replay.events().size());
            subscribed.put("replay_complete", replay.complete());
            client.send(clients.frame("job.subscribed", subscribed));
        } finally {
            client.release(jobId);
        }
    }

    /** Admins only: from now on the socket also gets every position and every job, payment and dispute change. */
    private void watchOperations(SocketClient client, Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            error(client, "FORBIDDEN", "only admins watch the operators' feed", null);
            return;
        }
        clients.watchOperations(client);
        client.send(clients.frame("ops.subscribed", Map.of()));
    }

    /** The socket leaves the job's channel; its user leaves it when no other socket of theirs is there. */
    private void unsubscribe(SocketClient client, Map<String, Object> data) {
        Object id = data.get("job_id");
        if (id instanceof String value && Prefixed.matches(value, JobId.PREFIX)) {
            clients.unsubscribed(client, new JobId(value));
        }
        client.send(clients.frame("job.unsubscribed", Map.of("job_id", String.valueOf(id))));
    }

    private void reportLocation(SocketClient client, Actor actor, Map<String, Object> data) {
        try {
            UpdateLocationCommand command = UpdateLocationCommand.of(actor, number(data.get("lat")), number(data.get("lng")));
            if (location.report(command) instanceof LocationResult.NotAProvider) {
                error(client, "FORBIDDEN", "only providers report a position", null);
            }
        } catch (InvalidCommandException e) {
            error(client, "VALIDATION_ERROR", "the frame has invalid fields", null);
        }
    }

    /** As POST /jobs/{id}/messages: the message reaches both parties as message.received. */
    private void sendMessage(SocketClient client, Actor actor, Map<String, Object> data) {
        Object id = data.get("job_id");
        if (!(id instanceof String value) || !Prefixed.matches(value, JobId.PREFIX)) {
            error(client, "JOB_NOT_FOUND", "job not found", id);
            return;
        }
        Object content = data.get("content");
        Object image = data.get("image_file_id");
        if (!(content == null || content instanceof String) || !(image == null || image instanceof String)) {
            error(client, "VALIDATION_ERROR", "content and image_file_id are strings", id);
            return;
        }
        try {
            SendResult result = chat.send(new SendMessageCommand(actor, new JobId(value), (String) content, (String) image));
            if (result instanceof SendResult.Refused refused) {
                error(client, chatCode(refused.reason()), "the message was not sent", id);
            }
        } catch (InvalidCommandException e) {
            error(client, "VALIDATION_ERROR", "the frame has invalid fields: " + e.fields().keySet(), id);
        }
    }

    /** Relayed to the other party, never stored. */
    private void typing(SocketClient client, Actor actor, Map<String, Object> data) {
        Object id = data.get("job_id");
        if (!(data.getOrDefault("is_typing", false) instanceof Boolean typing)) {
            error(client, "VALIDATION_ERROR", "is_typing is true or false", id);
            return;
        }
        ChatRefusal refusal = id instanceof String value && Prefixed.matches(value, JobId.PREFIX)
                ? chat.typing(actor, new JobId(value), typing)
                : ChatRefusal.JOB_NOT_FOUND;
        if (refusal != ChatRefusal.NONE) {
            error(client, chatCode(refusal), "typing was not relayed", id);
        }
    }

    private static String chatCode(ChatRefusal refusal) {
        return refusal == ChatRefusal.IMAGE_NOT_FOUND ? "VALIDATION_ERROR" : refusal.name();
    }

    private void error(SocketClient client, String code, String message, Object jobId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", code);
        data.put("message", message);
        if (jobId != null) {
            data.put("job_id", jobId);
        }
        client.send(clients.frame("error", data));
    }
}
