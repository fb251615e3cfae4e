package dev.callout.rest.profile.art;

import dev.callout.rest.realtime.GoingAway;
import dev.callout.rest.realtime.RealtimeSettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.websocket.WebSocketSession;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Engine.IO sessions of this node, by id: the handshake, the packets clients send, and the
 * heartbeat, the canonical socket's ({@code callout.realtime.heartbeat}): a ping every interval, and
 * a session silent for two (Engine.IO's {@code pingInterval} plus its {@code pingTimeout}), closed
 * for falling behind, or still without a Socket.IO client after {@link #CONNECT_TIMEOUT}, is closed.
 * Their messages are Socket.IO packets, for {@link ArtSockets}, read off the transports' threads (a
 * CONNECT reads the account), one at a time per session and in order, and the session's end after them.
 * When the node stops, every session is closed with 1001 and its client gives back its place first
 * ({@link #goAway}), then the heartbeat stops.
 */
@Singleton
@Requires(property = "callout.profile", value = "art")
class EngineSessions implements GoingAway {

    /** Socket.IO's own default: how long a session may stay without a connected client. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(45);
    /** The most a client may send in one request or frame. */
    static final int MAX_PAYLOAD = 1_000_000;
    /** How long a stopping node waits for the sessions' clients to give back their places, and for a heartbeat under way. */
    private static final Duration STOP = Duration.ofSeconds(5);

    private static final System.Logger LOG = System.getLogger("callout.art.socket");

    private final Map<String, EngineSession> sessions = new ConcurrentHashMap<>();
    private final ArtSockets sockets;
    private final JsonMapper json;
    private final Executor reading;
    private final Duration heartbeat;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
            Thread.ofPlatform().daemon().name("callout-engine-io-heartbeat").factory());
    private volatile boolean stopping;

    EngineSessions(ArtSockets sockets, JsonMapper json, RealtimeSettings settings, @Named(TaskExecutors.BLOCKING) Executor reading) {
        this.sockets = sockets;
        this.json = json;
        this.reading = reading;
        this.heartbeat = settings.getHeartbeat();
        long beat = heartbeat.toMillis();
        timer.scheduleAtFixedRate(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /** A new session over long-polling; its open packet offers the upgrade to a WebSocket. */
    EngineSession openPolling(Map<String, String> query) {
        EngineSession session = new EngineSession(query, reading);
        sessions.put(session.id(), session);
        session.send(openPacket(session, List.of("websocket")));
        return refusedIfStopping(session);
    }

    /** A new session over a WebSocket from the start. */
    EngineSession openWebSocket(Map<String, String> query, WebSocketSession socket) {
        EngineSession session = new EngineSession(query, reading, socket);
        sessions.put(session.id(), session);
        session.send(openPacket(session, List.of()));
        return refusedIfStopping(session);
    }

    Optional<EngineSession> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(sessions.get(id));
    }

    /** One packet from the client. */
    void received(EngineSession session, String packet) {
        session.heard();
        String type = packet.isEmpty() ? "" : packet.substring(0, 1);
        switch (type) {
            case EngineSession.PONG, EngineSession.NOOP -> {
                // heard: nothing more to do
            }
            case EngineSession.MESSAGE -> session.then(() -> sockets.received(session, packet.substring(1)));
            // the client's close packet, or something that is not an Engine.IO packet a client sends
            default -> close(session);
        }
    }

    /** Ends the session, then the Socket.IO client on it once the messages before the end were read. */
    void close(EngineSession session) {
        sessions.remove(session.id());
        session.close();
        session.then(() -> sockets.closed(session));
    }

    /** Checked after the registration, so either this or goAway's sweep ends a session opened as the node stops. */
    private EngineSession refusedIfStopping(EngineSession session) {
        if (stopping) {
            sessions.remove(session.id());
            session.goAway();
        }
        return session;
    }

    /**
     * Closes every session with 1001 (a waiting poll gets the close packet) and waits, a few seconds at most, until
     * each session's client, once what it sent before was read, gave back its place, while the database is up.
     */
    @Override
    public void goAway() {
        stopping = true;
        List<CompletableFuture<?>> released = new ArrayList<>();
        for (EngineSession session : sessions.values()) {
            sessions.remove(session.id());
            session.goAway();
            CompletableFuture<Void> done = new CompletableFuture<>();
            released.add(done);
            session.then(() -> {
                try {
                    sockets.closed(session);
                } finally {
                    done.complete(null);
                }
            });
        }
        try {
            CompletableFuture.allOf(released.toArray(CompletableFuture[]::new)).get(STOP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "Engine.IO clients still held their places after " + STOP + "; they lapse instead");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String openPacket(EngineSession session, List<String> upgrades) {
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("sid", session.id());
        open.put("upgrades", upgrades);
        open.put("pingInterval", heartbeat.toMillis());
        open.put("pingTimeout", heartbeat.toMillis());
        open.put("maxPayload", MAX_PAYLOAD);
        try {
            return EngineSession.OPEN + json.writeValueAsString(open);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void beat() {
        long silence = heartbeat.multipliedBy(2).toNanos();
        for (EngineSession session : sessions.values()) {
            try {
                if (session.isClosed() || session.silentNanos() > silence
                        || (session.ageNanos() > CONNECT_TIMEOUT.toNanos() && !sockets.isConnected(session))) {
                    close(session);
                } else {
                    session.send(EngineSession.PING);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the heartbeat of Engine.IO session " + session.id() + " failed", e);
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        goAway();
        timer.shutdown();
        timer.awaitTermination(STOP.toMillis(), TimeUnit.MILLISECONDS);
    }
}
