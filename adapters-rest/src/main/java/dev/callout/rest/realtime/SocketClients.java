package dev.callout.rest.realtime;

import dev.callout.application.account.SessionsRevoked;
import dev.callout.application.event.Fields;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.port.OpenSockets;
import dev.callout.application.port.OpenSockets.OpenSocket;
import dev.callout.application.presence.UpdateLocationService;
import dev.callout.application.realtime.Audience;
import dev.callout.application.realtime.JobPresenceUseCase;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The sockets connected to this node, by user: the canonical API's and the products'. Every live event
 * (from any node) is written to the canonical sockets of the users {@link Audience} names (and of the
 * admins watching the operators' feed), and {@link SessionsRevoked} ends the sockets of the sessions it
 * names. A socket is also ended when its access token expires. A protocol ping goes
 * to every socket each heartbeat interval; one silent for two intervals (no pong, no frame) is
 * closed. Each socket holds a lease in {@link OpenSockets}, renewed each heartbeat, so the cap per
 * user counts the sockets of every node; the jobs it subscribed to are its user's presence there
 * ({@link JobPresenceUseCase}), leased and renewed the same way. When the node stops, every socket is
 * ended with 1001 and gives back its lease and channels first ({@link #goAway}), then the timer stops.
 */
@Singleton
public class SocketClients implements GoingAway {

    private static final System.Logger LOG = System.getLogger("callout.realtime");
    private static final Set<String> CONFLATED = Set.of(UpdateLocationService.LOCATION, UpdateLocationService.ETA);
    /** How long an ending socket may take to write its last frame before it is closed regardless. */
    private static final Duration LAST_FRAME_GRACE = Duration.ofSeconds(1);
    private static final Duration TIMER_STOP = Duration.ofSeconds(5); // for a heartbeat under way

    private final Map<String, Set<SocketClient>> byUser = new ConcurrentHashMap<>();
    /** Admins' sockets watching the operators' feed. */
    private final Set<SocketClient> operators = ConcurrentHashMap.newKeySet();
    private final JsonMapper json;
    private final RealtimeSettings settings;
    private final OpenSockets leases;
    private final JobPresenceUseCase presence;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final String nodeId = "node_" + UUID.randomUUID();
    private final Map<String, ScheduledFuture<?>> expiryChecks = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
            Thread.ofPlatform().daemon().name("callout-socket-heartbeat").factory());
    private volatile boolean stopping;

    public SocketClients(LiveEvents live, JsonMapper json, RealtimeSettings settings, OpenSockets leases,
                         JobPresenceUseCase presence, CurrentActor currentActor, Clock clock) {
        this.json = json;
        this.settings = settings;
        this.leases = leases;
        this.presence = presence;
        this.currentActor = currentActor;
        this.clock = clock;
        timer.setRemoveOnCancelPolicy(true);
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        live.listen(this::deliver);
        long beat = settings.getHeartbeat().toMillis();
        timer.scheduleAtFixedRate(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /** The socket of the handshake's caller (as their token says), speaking {@code dialect}. */
    public SocketClient client(WebSocketSession session, User user, Authentication caller, SocketDialect dialect) {
        return new SocketClient(session, user.id(), currentActor.sessionId(caller), currentActor.expiresAt(caller),
                settings.getMaxFramesPerSecond(), dialect);
    }

    /**
     * Registers a socket just opened: from now on it is pinged, ended at its token's expiry and when its session is
     * revoked. False when it was ended instead: its user holds as many sockets as they may on all nodes together (the
     * products' sockets count too), its session ended between the handshake's check and the registration, or the node
     * is stopping.
     */
    public boolean open(SocketClient client) {
        if (!add(client)) {
            end(client, SocketEnding.TOO_MANY_SOCKETS);
            return false;
        }
        if (stopping) {
            // checked after the registration, so either this or goAway's sweep ends it
            goAway(client);
            return false;
        }
        if (currentActor.live(client.userId(), client.sessionId()).isEmpty()) {
            // revoked when no signal could find the socket yet
            end(client, SocketEnding.SESSION_ENDED);
            return false;
        }
        return true;
    }

    /**
     * A frame came from the socket: the account as it is now, which acts on it; empty when the socket is ending, or
     * was just ended for a frame past its budget, an expired token or an ended session.
     */
    public Optional<User> admit(SocketClient client) {
        if (client.isEnding()) {
            return Optional.empty();
        }
        client.heard();
        if (!client.admitFrame()) {
            end(client, SocketEnding.TOO_MANY_FRAMES);
            return Optional.empty();
        }
        if (!clock.instant().isBefore(client.expiresAt())) {
            end(client, SocketEnding.TOKEN_EXPIRED);
            return Optional.empty();
        }
        Optional<User> user = currentActor.live(client.userId(), client.sessionId());
        if (user.isEmpty()) {
            end(client, SocketEnding.SESSION_ENDED);
        }
        return user;
    }

    /** Registers the socket, unless its user already holds as many as they may on all nodes together. */
    private boolean add(SocketClient client) {
        if (!lease(client.id(), client.userId())) {
            return false;
        }
        byUser.computeIfAbsent(client.userId().value(), id -> ConcurrentHashMap.newKeySet()).add(client);
        watchExpiry(client);
        return true;
    }

    /**
     * A place in the user's socket cap for a connection this registry does not hold (ART's Socket.IO clients), renewed
     * with this node's sockets until {@link #release}; false when the user holds as many as they may on all nodes.
     */
    public boolean lease(String socketId, UserId userId) {
        return leases.open(new OpenSocket(socketId, userId, nodeId, leaseEnd()), settings.getMaxSocketsPerUser(), clock.instant());
    }

    public void release(String socketId) {
        leases.close(socketId);
    }

    /** The socket closed: it gets nothing more, gives up its lease and leaves the jobs it was on (once, however often called). */
    public void remove(SocketClient client) {
        forget(client);
        if (!client.leave()) {
            return;
        }
        release(client.id());
        ScheduledFuture<?> expiryCheck = expiryChecks.remove(client.id());
        if (expiryCheck != null) {
            expiryCheck.cancel(false);
        }
        try {
            presence.disconnected(client.userId(), client.id());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a closed socket could not leave its jobs' channels; its entries lapse instead", e);
        }
    }

    /** A party's socket subscribed to the job: the other parties present on its channel now. */
    Set<UserId> subscribed(SocketClient client, Job job) {
        return presence.subscribed(client.userId(), job, client.id(), nodeId, leaseEnd());
    }

    void unsubscribed(SocketClient client, JobId jobId) {
        presence.unsubscribed(client.userId(), jobId, client.id());
    }

    /** The dialect's last frame, then its close (after which {@link #remove} gives up the lease); the socket acts on nothing more. */
    public void end(SocketClient client, SocketEnding ending) {
        forget(client);
        client.end(json(client.dialect().lastFrame(ending)), client.dialect().closeReason(ending));
        if (!timer.isShutdown()) {
            timer.schedule(client::closeNow, LAST_FRAME_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Every socket gets its dialect's last frame and 1001, and gives back its lease and channels now; later ones are refused. */
    @Override
    public void goAway() {
        stopping = true;
        byUser.values().forEach(clients -> clients.forEach(this::goAway));
    }

    private void goAway(SocketClient client) {
        forget(client);
        client.end(json(client.dialect().lastFrame(SocketEnding.SERVER_STOPPING)), SocketEnding.SERVER_STOPPING.closeReason());
        remove(client);
    }

    /** An admin's socket asked for the operators' feed. */
    void watchOperations(SocketClient client) {
        operators.add(client);
    }

    private void forget(SocketClient client) {
        operators.remove(client);
        byUser.computeIfPresent(client.userId().value(), (id, clients) -> {
            clients.remove(client);
            return clients.isEmpty() ? null : clients;
        });
    }

    /** How many sockets are open on this node. */
    public int count() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    String frame(String event, Map<String, Object> data) {
        return frame(event, LiveEvent.NOT_STORED, data);
    }

    /** A frame; a stored event's carries its {@code id}, the cursor a resuming client gives back. */
    String frame(String event, long id, Map<String, Object> data) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("event", event);
        if (id != LiveEvent.NOT_STORED) {
            frame.put("id", id);
        }
        frame.put("data", data);
        return json(frame);
    }

    private String json(Map<String, Object> frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deliver(LiveEvent event) {
        if (SessionsRevoked.TYPE.equals(event.type())) {
            revoke(SessionsRevoked.of(event.fields()));
            return;
        }
        if (!Audience.isForwarded(event.type())) {
            return;
        }
        String frame = null;
        for (String user : Audience.of(event.type(), event.fields())) {
            for (SocketClient client : byUser.getOrDefault(user, Set.of())) {
                if (client.dialect() != SocketDialect.CANONICAL) {
                    continue;
                }
                frame = frame == null ? frame(event.type(), event.id(), event.fields()) : frame;
                if (CONFLATED.contains(event.type())) {
                    client.sendLatest(event.type() + " " + event.fields().get("job_id"), frame);
                } else {
                    client.sendEvent(event, Fields.string(event.fields(), "job_id"), frame);
                }
            }
        }
        if (Audience.isForOperators(event.type())) {
            toOperators(event, frame);
        }
    }

    /** The operators' feed: positions conflated per provider, the rest as any live event (each written once). */
    private void toOperators(LiveEvent event, String partiesFrame) {
        if (operators.isEmpty()) {
            return;
        }
        String frame = partiesFrame != null ? partiesFrame : frame(event.type(), event.id(), event.fields());
        operators.forEach(client -> {
            if (event.id() == LiveEvent.NOT_STORED) {
                client.sendLatest(event.type() + " " + event.fields().get("provider_id"), frame);
            } else {
                client.sendEvent(event, null, frame);
            }
        });
    }

    private void revoke(SessionsRevoked revoked) {
        for (SocketClient client : byUser.getOrDefault(revoked.userId().value(), Set.of())) {
            if (revoked.covers(client.sessionId())) {
                end(client, SocketEnding.SESSION_ENDED);
            }
        }
    }

    /** Checks again when the token should have expired: a renewal since then moves the check to the new expiry. */
    private void watchExpiry(SocketClient client) {
        long delay = Math.max(0, Duration.between(clock.instant(), client.expiresAt()).toMillis());
        expiryChecks.put(client.id(), timer.schedule(() -> {
            if (client.isEnding() || !client.session().isOpen()) {
                return;
            }
            if (clock.instant().isBefore(client.expiresAt())) {
                watchExpiry(client);
            } else {
                end(client, SocketEnding.TOKEN_EXPIRED);
            }
        }, delay, TimeUnit.MILLISECONDS));
    }

    private Instant leaseEnd() {
        return clock.instant().plus(settings.getHeartbeat().multipliedBy(3));
    }

    private void beat() {
        long limit = settings.getHeartbeat().multipliedBy(2).toNanos();
        byte[] ping = "callout".getBytes(StandardCharsets.US_ASCII);
        byUser.values().forEach(clients -> clients.forEach(client -> {
            if (client.silentNanos() > limit) {
                client.session().close(new CloseReason(CloseReason.GOING_AWAY.getCode(), "missed two heartbeats"));
                remove(client);
            } else if (client.session().isOpen()) {
                client.session().sendPingAsync(ping);
            }
        }));
        try {
            leases.renew(nodeId, leaseEnd(), clock.instant());
            presence.renew(nodeId, leaseEnd());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "renewing this node's socket leases or channel entries failed; trying again next heartbeat", e);
        }
    }

    /** The sockets go first (unless {@link #goAway} was called already), then the timer, once what it runs has ended. */
    @PreDestroy
    void stop() throws InterruptedException {
        goAway();
        timer.shutdown();
        timer.awaitTermination(TIMER_STOP.toMillis(), TimeUnit.MILLISECONDS);
    }
}
