package dev.callout.rest.profile.bluework;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.application.presence.UpdateLocationUseCase.LocationResult;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.User;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.realtime.RealtimeSettings;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * BlueWork's socket, {@code /ws}, opened with {@code Authorization: Bearer <token>} on the handshake. Frames are
 * {@code {"event": ..., "data": {...}}}. Clients send {@code worker.location_ping} {lat, lng} (workers) and
 * {@code job.subscribe} {job_id} (a party of the job; the job's events reach its parties' sockets in any case,
 * so it answers {@code job.subscribed}); each frame is acted on as the account is now: an ended session, a
 * suspended account or an expired token closes the socket (4001), and more frames in a second than
 * {@code callout.realtime.max-frames-per-second} too (4029). Events: {@link BlueWorkSockets}.
 */
@ServerWebSocket("/ws")
@Requires(property = "callout.profile", value = "bluework")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BlueWorkSocket {

    private static final String CLIENT = "bluework.client";
    private static final String EXPIRES = "bluework.expires";
    private static final String FRAMES = "bluework.frames";

    private final CurrentActor currentActor;
    private final BlueWorkSockets sockets;
    private final GetJobUseCase jobs;
    private final UpdateLocationUseCase location;
    private final JsonMapper json;
    private final RealtimeSettings settings;
    private final Clock clock;

    BlueWorkSocket(CurrentActor currentActor, BlueWorkSockets sockets, GetJobUseCase jobs, UpdateLocationUseCase location,
                   JsonMapper json, RealtimeSettings settings, Clock clock) {
        this.currentActor = currentActor;
        this.sockets = sockets;
        this.jobs = jobs;
        this.location = location;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    @OnOpen
    public void open(WebSocketSession session, HttpRequest<?> request) {
        try {
            Authentication caller = request.getUserPrincipal(Authentication.class).orElseThrow(() -> new ApiError(
                    io.micronaut.http.HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "a valid access token is required"));
            User user = currentActor.user(caller);
            BlueWorkSockets.Client client = new BlueWorkSockets.Client(session, user.id(), currentActor.sessionId(caller));
            session.put(CLIENT, client);
            session.put(EXPIRES, currentActor.expiresAt(caller));
            session.put(FRAMES, new FrameWindow());
            sockets.add(client);
            sockets.send(client, "connected", Map.of("user_id", user.id().value(), "role", BlueWorkWords.role(user.role())));
        } catch (ApiError e) {
            session.close(CloseReason.POLICY_VIOLATION);
        }
    }

    @OnMessage
    public void message(String text, WebSocketSession session) {
        BlueWorkSockets.Client client = session.get(CLIENT, BlueWorkSockets.Client.class).orElse(null);
        if (client == null) {
            return;
        }
        if (!session.get(FRAMES, FrameWindow.class).map(frames -> frames.admit(settings.getMaxFramesPerSecond())).orElse(false)) {
            session.close(new CloseReason(4029, "too many frames"));
            sockets.remove(client);
            return;
        }
        Optional<User> user = currentActor.live(client.userId(), client.sessionId());
        boolean expired = session.get(EXPIRES, java.time.Instant.class).map(at -> !clock.instant().isBefore(at)).orElse(true);
        if (user.isEmpty() || expired) {
            session.close(new CloseReason(4001, "session ended"));
            sockets.remove(client);
            return;
        }
        Map<String, Object> frame;
        try {
            frame = json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException e) {
            frame = null;
        }
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

    @OnClose
    public void close(WebSocketSession session) {
        session.get(CLIENT, BlueWorkSockets.Client.class).ifPresent(sockets::remove);
    }

    private void ping(BlueWorkSockets.Client client, User user, Map<?, ?> data) {
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

    private void subscribe(BlueWorkSockets.Client client, User user, Object id) {
        if (!(id instanceof String value) || !Prefixed.matches(value, JobId.PREFIX)) {
            error(client, "JOB_NOT_FOUND", "No job with that ID");
            return;
        }
        Optional<Job> job = jobs.get(user.asActor(), new JobId(value)).filter(found -> found.isParty(user.asActor()));
        if (job.isEmpty()) {
            error(client, jobs.access(user.asActor(), new JobId(value)) == GetJobUseCase.Access.NOT_FOUND ? "JOB_NOT_FOUND" : "FORBIDDEN",
                    "only the job's parties follow it");
            return;
        }
        sockets.send(client, "job.subscribed", Map.of("job_id", value, "status", BlueWorkWords.status(job.get().status())));
    }

    /** The frames a socket sent in the current second: more than the canonical socket's limit closes it. */
    private static final class FrameWindow {

        private long startedAt = System.nanoTime();
        private int frames;

        synchronized boolean admit(int perSecond) {
            long now = System.nanoTime();
            if (now - startedAt >= 1_000_000_000L) {
                startedAt = now;
                frames = 0;
            }
            return ++frames <= perSecond;
        }
    }

    private void error(BlueWorkSockets.Client client, String code, String message) {
        sockets.send(client, "error", Map.of("code", code, "message", message));
    }
}
