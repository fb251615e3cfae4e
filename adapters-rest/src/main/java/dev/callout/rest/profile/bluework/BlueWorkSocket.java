package dev.callout.rest.profile.bluework;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.application.presence.UpdateLocationUseCase.LocationResult;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.realtime.FrameValues;
import dev.callout.rest.realtime.SocketClient;
import dev.callout.rest.realtime.SocketClients;
import dev.callout.rest.realtime.SocketDialect;
import dev.callout.rest.realtime.SocketLane;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * BlueWork's socket, {@code /ws}, opened with {@code Authorization: Bearer <token>} on the handshake. Frames are
 * {@code {"event": ..., "data": {...}}}. Clients send {@code worker.location_ping} {lat, lng} (workers) and
 * {@code job.subscribe} {job_id} (whoever may read the job, as {@code GET /jobs/:id}: the job's events reach its
 * parties' sockets in any case, and an admin's or a worker's it is open to once they subscribed). It lives as the canonical socket does ({@link SocketClients}): its
 * open, frames and close run in order, each frame is acted on as the account is now, and it ends with the
 * canonical socket's {@code error} frame and close code at its token's expiry, when its session ends, when it
 * sends too many frames, misses two heartbeats or its user holds too many sockets. Events: {@link BlueWorkSockets}.
 */
@ServerWebSocket("/ws")
@Requires(property = "callout.profile", value = "bluework")
@Secured(SecurityRule.IS_AUTHENTICATED)
class BlueWorkSocket {

    private static final String CLIENT = "bluework.client";
    /** The canonical socket's last frame and close codes (BlueWork's frames are shaped alike); its events are BlueWork's. */
    private static final SocketDialect DIALECT = SocketDialect.CANONICAL::lastFrame;

    private final CurrentActor currentActor;
    private final SocketClients clients;
    private final BlueWorkSockets sockets;
    private final GetJobUseCase jobs;
    private final UpdateLocationUseCase location;
    private final JsonMapper json;
    private final Executor blocking;

    BlueWorkSocket(CurrentActor currentActor, SocketClients clients, BlueWorkSockets sockets, GetJobUseCase jobs,
                   UpdateLocationUseCase location, JsonMapper json, @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.currentActor = currentActor;
        this.clients = clients;
        this.sockets = sockets;
        this.jobs = jobs;
        this.location = location;
        this.json = json;
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
        SocketLane.then(session, () -> client(session).ifPresent(client -> read(client, text)));
    }

    @OnMessage
    public void pong(WebSocketPongMessage pong, WebSocketSession session) {
        SocketLane.then(session, () -> client(session).ifPresent(SocketClient::heard));
    }

    @OnClose
    public void close(WebSocketSession session) {
        SocketLane.then(session, () -> client(session).ifPresent(client -> {
            sockets.remove(client);
            clients.remove(client);
        }));
    }

    private static Optional<SocketClient> client(WebSocketSession session) {
        return session.get(CLIENT, SocketClient.class);
    }

    private void opened(WebSocketSession session, HttpRequest<?> request) {
        User user;
        SocketClient client;
        try {
            Authentication caller = request.getUserPrincipal(Authentication.class).orElseThrow(() -> new ApiError(
                    io.micronaut.http.HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "a valid access token is required"));
            user = currentActor.user(caller);
            client = clients.client(session, user, caller, DIALECT);
        } catch (ApiError e) {
            session.close(CloseReason.POLICY_VIOLATION);
            return;
        }
        session.put(CLIENT, client);
        if (clients.open(client)) {
            sockets.add(client);
            sockets.send(client, "connected", Map.of("user_id", user.id().value(), "role", BlueWorkWords.role(user.role())));
        }
    }

    private void read(SocketClient client, String text) {
        Optional<User> user = clients.admit(client);
        if (user.isEmpty()) {
            return;
        }
        Map<String, Object> frame = FrameValues.object(json, text).orElse(null);
        if (frame == null || !(frame.get("event") instanceof String event) || !(frame.getOrDefault("data", Map.of()) instanceof Map<?, ?> data)) {
            error(client, "VALIDATION_ERROR", "frames are JSON objects: {\"event\": ..., \"data\": {...}}");
            return;
        }
        switch (event) {
            case "worker.location_ping" -> ping(client, user.get(), data);
            case "job.subscribe" -> subscribe(client, user.get(), data.get("job_id"));
            default -> error(client, "UNKNOWN_EVENT", "unknown event '" + event + "'");
        }
    }

    private void ping(SocketClient client, User user, Map<?, ?> data) {
        if (!(data.get("lat") instanceof Number lat) || !(data.get("lng") instanceof Number lng)) {
            error(client, "VALIDATION_ERROR", "lat and lng are numbers");
            return;
        }
        try {
            if (location.update(UpdateLocationCommand.of(user.asActor(), lat.doubleValue(), lng.doubleValue()))
                    instanceof LocationResult.NotAProvider) {
                error(client, "FORBIDDEN", "only workers report a position");
            }
        } catch (InvalidCommandException e) {
            error(client, "VALIDATION_ERROR", "lat is -90 to 90, lng -180 to 180");
        }
    }

    /** As {@code GET /jobs/:id} reads a job (the core's rule): its parties, admins and workers it is open to may follow it. */
    private void subscribe(SocketClient client, User user, Object id) {
        if (!(id instanceof String value) || !Prefixed.matches(value, JobId.PREFIX)) {
            error(client, "JOB_NOT_FOUND", "No job with that ID");
            return;
        }
        Actor actor = user.asActor();
        JobId jobId = new JobId(value);
        GetJobUseCase.Access access = jobs.access(actor, jobId);
        Optional<Job> job = access == GetJobUseCase.Access.VISIBLE ? jobs.get(actor, jobId) : Optional.empty();
        if (job.isEmpty()) {
            boolean forbidden = access == GetJobUseCase.Access.FORBIDDEN;
            error(client, forbidden ? "FORBIDDEN" : "JOB_NOT_FOUND", forbidden ? "User is not party to this job" : "No job with that ID");
            return;
        }
        sockets.follow(client, actor, job.get());
        sockets.send(client, "job.subscribed", Map.of("job_id", value, "status", BlueWorkWords.status(job.get().status())));
    }

    private void error(SocketClient client, String code, String message) {
        sockets.send(client, "error", Map.of("code", code, "message", message));
    }
}
