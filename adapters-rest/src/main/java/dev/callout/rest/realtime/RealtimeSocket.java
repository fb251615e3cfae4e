package dev.callout.rest.realtime;

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
 * {@code provider.location} {lat, lng}; anything else is answered with an {@code error} frame.
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

    public RealtimeSocket(CurrentActor currentActor, SocketClients clients, GetJobUseCase jobs,
                          UpdateLocationUseCase location, JsonMapper json) {
        this.currentActor = currentActor;
        this.clients = clients;
        this.jobs = jobs;
        this.location = location;
        this.json = json;
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
