package dev.callout.rest.realtime;

import dev.callout.application.chat.ChatUseCase;
import dev.callout.application.chat.ChatUseCase.ChatRefusal;
import dev.callout.application.chat.ChatUseCase.SendMessageCommand;
import dev.callout.application.chat.ChatUseCase.SendResult;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.application.presence.UpdateLocationUseCase.LocationResult;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.application.InvalidCommandException;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
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
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The realtime socket, {@code /api/v1/ws}: every frame is {@code {"event": ..., "data": {...}}}.
 * The handshake is authenticated by the security filter (access token in the Authorization header
 * or the {@code access_token} query parameter). Clients may send {@code ping},
 * {@code job.subscribe} / {@code job.unsubscribe} {job_id} (parties only), as providers
 * {@code provider.location} {lat, lng}, and in a job's chat {@code message.send} {job_id, content,
 * image_file_id?} and {@code typing} {job_id, is_typing}; anything else is answered with an {@code error} frame.
 */
@ServerWebSocket("/api/v1/ws")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RealtimeSocket {

    private static final String CLIENT = "callout.client";

    private final CurrentActor currentActor;
    private final SocketClients clients;
    private final GetJobUseCase jobs;
    private final UpdateLocationUseCase location;
    private final JsonMapper json;
    private final ChatUseCase chat;

    public RealtimeSocket(CurrentActor currentActor, SocketClients clients, GetJobUseCase jobs,
                          UpdateLocationUseCase location, JsonMapper json, ChatUseCase chat) {
        this.currentActor = currentActor;
        this.clients = clients;
        this.jobs = jobs;
        this.location = location;
        this.json = json;
        this.chat = chat;
    }

    @OnOpen
    public void open(WebSocketSession session, HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        User user;
        try {
            user = currentActor.user(authentication.orElseThrow(() -> new ApiError(
                    io.micronaut.http.HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "a valid access token is required")));
        } catch (ApiError e) {
            session.close(CloseReason.POLICY_VIOLATION);
            return;
        }
        SocketClient client = new SocketClient(session, user);
        session.put(CLIENT, client);
        clients.add(client);
        client.send(clients.frame("connected", Map.of("user_id", user.id().value(), "role", user.role().wireName())));
    }

    @OnMessage
    public void message(String text, WebSocketSession session) {
        SocketClient client = session.get(CLIENT, SocketClient.class).orElse(null);
        if (client == null) {
            return;
        }
        client.heard();
        Map<String, Object> frame;
        try {
            frame = json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException e) {
            error(client, "MALFORMED_FRAME", "frames are JSON objects: {\"event\": ..., \"data\": {...}}", null);
            return;
        }
        Object event = frame.get("event");
        Map<String, Object> data = frame.get("data") instanceof Map<?, ?> map ? cast(map) : Map.of();
        switch (event instanceof String name ? name : "") {
            case "ping" -> client.send(clients.frame("pong", Map.of()));
            case "job.subscribe" -> subscribe(client, data);
            case "job.unsubscribe" -> client.send(clients.frame("job.unsubscribed", Map.of("job_id", String.valueOf(data.get("job_id")))));
            case "provider.location" -> reportLocation(client, data);
            case "message.send" -> sendMessage(client, data);
            case "typing" -> typing(client, data);
            default -> error(client, "UNKNOWN_EVENT", "unknown event '" + event + "'", null);
        }
    }

    @OnMessage
    public void pong(WebSocketPongMessage pong, WebSocketSession session) {
        session.get(CLIENT, SocketClient.class).ifPresent(SocketClient::heard);
    }

    @OnClose
    public void close(WebSocketSession session) {
        session.get(CLIENT, SocketClient.class).ifPresent(clients::remove);
    }

    /** Only a party may subscribe; anyone else learns nothing, not even that the job exists. */
    private void subscribe(SocketClient client, Map<String, Object> data) {
        Object id = data.get("job_id");
        Actor actor = client.user().asActor();
        Optional<Job> job = id instanceof String value && Prefixed.matches(value, JobId.PREFIX)
                ? jobs.get(actor, new JobId(value)).filter(found -> found.isParty(actor)) : Optional.empty();
        if (job.isEmpty()) {
            error(client, "JOB_NOT_FOUND", "job not found", id);
            return;
        }
        client.send(clients.frame("job.subscribed", Map.of("job_id", job.get().id().value(),
                "status", job.get().status().wireName())));
    }

    private void reportLocation(SocketClient client, Map<String, Object> data) {
        try {
            UpdateLocationCommand command = UpdateLocationCommand.of(client.user().asActor(), number(data.get("lat")),
                    number(data.get("lng")));
            if (location.update(command) instanceof LocationResult.NotAProvider) {
                error(client, "FORBIDDEN", "only providers report a position", null);
            }
        } catch (InvalidCommandException e) {
            error(client, "VALIDATION_ERROR", "the frame has invalid fields", null);
        }
    }

    /** As POST /jobs/{id}/messages: the message reaches both parties as message.received. */
    private void sendMessage(SocketClient client, Map<String, Object> data) {
        Object id = data.get("job_id");
        if (!(id instanceof String value) || !Prefixed.matches(value, JobId.PREFIX)) {
            error(client, "JOB_NOT_FOUND", "job not found", id);
            return;
        }
        try {
            SendResult result = chat.send(new SendMessageCommand(client.user().asActor(), new JobId(value),
                    data.get("content") instanceof String content ? content : null,
                    data.get("image_file_id") instanceof String image ? image : null));
            if (result instanceof SendResult.Refused refused) {
                error(client, chatCode(refused.reason()), "the message was not sent", id);
            }
        } catch (InvalidCommandException e) {
            error(client, "VALIDATION_ERROR", "the frame has invalid fields: " + e.fields().keySet(), id);
        }
    }

    /** Relayed to the other party, never stored. */
    private void typing(SocketClient client, Map<String, Object> data) {
        Object id = data.get("job_id");
        ChatRefusal refusal = id instanceof String value && Prefixed.matches(value, JobId.PREFIX)
                ? chat.typing(client.user().asActor(), new JobId(value), Boolean.TRUE.equals(data.get("is_typing")))
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

    private static Double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
