package dev.callout.rest.realtime;

import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.realtime.Audience;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.websocket.CloseReason;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The sockets connected to this node, by user. Every live event (from any node) is written to
 * the sockets of the users {@link Audience} names. A protocol ping goes to every socket each
 * heartbeat interval; one silent for two intervals (no pong, no frame) is closed.
 */
@Singleton
public class SocketClients {

    private static final Set<String> CONFLATED = Set.of("provider.location", "eta.updated");

    private final Map<String, Set<SocketClient>> byUser = new ConcurrentHashMap<>();
    private final JsonMapper json;
    private final Duration heartbeat;
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("callout-socket-heartbeat").factory());

    public SocketClients(LiveEvents live, JsonMapper json, @Value("${callout.realtime.heartbeat:15s}") Duration heartbeat) {
        this.json = json;
        this.heartbeat = heartbeat;
        live.listen(this::deliver);
        pinger.scheduleAtFixedRate(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    void add(SocketClient client) {
        byUser.computeIfAbsent(client.user().id().value(), id -> ConcurrentHashMap.newKeySet()).add(client);
    }

    void remove(SocketClient client) {
        byUser.computeIfPresent(client.user().id().value(), (id, clients) -> {
            clients.remove(client);
            return clients.isEmpty() ? null : clients;
        });
    }

    /** How many sockets are open on this node. */
    public int count() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    String frame(String event, Map<String, Object> data) {
        try {
            return json.writeValueAsString(Map.of("event", event, "data", data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deliver(LiveEvent event) {
        if (!Audience.isForwarded(event.type())) {
            return;
        }
        String frame = null;
        for (String user : Audience.of(event.type(), event.fields())) {
            for (SocketClient client : byUser.getOrDefault(user, Set.of())) {
                frame = frame == null ? frame(event.type(), event.fields()) : frame;
                if (CONFLATED.contains(event.type())) {
                    client.sendLatest(event.type() + " " + event.fields().get("job_id"), frame);
                } else {
                    client.send(frame);
                }
            }
        }
    }

    private void beat() {
        long limit = heartbeat.multipliedBy(2).toNanos();
        byte[] ping = "callout".getBytes(StandardCharsets.US_ASCII);
        byUser.values().forEach(clients -> clients.forEach(client -> {
            if (client.silentNanos() > limit) {
                client.session().close(new CloseReason(CloseReason.GOING_AWAY.getCode(), "missed two heartbeats"));
                remove(client);
            } else if (client.session().isOpen()) {
                client.session().sendPingAsync(ping);
            }
        }));
    }

    @PreDestroy
    void stop() {
        pinger.shutdownNow();
    }
}
