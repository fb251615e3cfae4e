package dev.callout.rest.realtime;

import dev.callout.domain.user.User;
import io.micronaut.http.MediaType;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;

/**
 * One connected socket and what is waiting to be written to it. One frame is in flight at a
 * time; the next is written when the previous one reached the network, so a slow client slows
 * only itself. Tracking frames are conflated per job and type (the latest position replaces the
 * one not yet sent); other frames queue, and a client that lets {@link #MAX_QUEUED} pile up is
 * dropped rather than allowed to grow the server's memory.
 */
final class SocketClient {

    static final int MAX_QUEUED = 1_000;

    private final WebSocketSession session;
    private final User user;
    private final Queue<String> frames = new ArrayDeque<>();
    private final Map<String, String> latest = new LinkedHashMap<>();
    private boolean sending;
    private volatile long lastHeardNanos = System.nanoTime();

    SocketClient(WebSocketSession session, User user) {
        this.session = session;
        this.user = user;
    }

    WebSocketSession session() {
        return session;
    }

    User user() {
        return user;
    }

    void heard() {
        lastHeardNanos = System.nanoTime();
    }

    long silentNanos() {
        return System.nanoTime() - lastHeardNanos;
    }

    void send(String frame) {
        synchronized (this) {
            if (frames.size() >= MAX_QUEUED) {
                frames.clear();
                latest.clear();
                session.close(new CloseReason(CloseReason.TRY_AGAIN_LATER.getCode(), "too slow"));
                return;
            }
            frames.add(frame);
        }
        drain();
    }

    /** Replaces any frame of the same key not yet written. */
    void sendLatest(String key, String frame) {
        synchronized (this) {
            latest.remove(key);
            latest.put(key, frame);
        }
        drain();
    }

    private void drain() {
        String next;
        synchronized (this) {
            if (sending || !session.isOpen()) {
                return;
            }
            next = frames.poll();
            if (next == null && !latest.isEmpty()) {
                String key = latest.keySet().iterator().next();
                next = latest.remove(key);
            }
            if (next == null) {
                return;
            }
            sending = true;
        }
        session.sendAsync(next, MediaType.APPLICATION_JSON_TYPE).whenComplete((sent, failure) -> {
            synchronized (this) {
                sending = false;
            }
            if (failure == null) {
                drain();
            }
        });
    }
}
