package dev.callout.rest.profile.art;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One Engine.IO (protocol 4) session: its packets reach the client through HTTP long-polling until
 * the client upgrades to a WebSocket, then over that socket. Packets are queued while no poll
 * waits; at most one poll waits at a time. The probe of an upgrade answers the waiting poll with a
 * noop so the client can pause polling, and the upgrade packet moves the session to the socket,
 * where whatever was still queued goes first.
 */
final class EngineSession {

    static final String OPEN = "0";
    static final String CLOSE = "1";
    static final String PING = "2";
    static final String PONG = "3";
    static final String MESSAGE = "4";
    static final String UPGRADE = "5";
    static final String NOOP = "6";
    /** Between the packets of one polling payload. */
    static final String SEPARATOR = "\u001e";

    private final String id = UUID.randomUUID().toString().replace("-", "");
    private final Map<String, String> query;
    private final Queue<String> waiting = new ArrayDeque<>();
    private CompletableFuture<String> poll;
    private WebSocketSession socket;
    private boolean closed;
    private final long openedAtNanos = System.nanoTime();
    private volatile long heardAtNanos = openedAtNanos;

    /** {@code query}: the handshake's query parameters (socket.io-client's {@code query} option). */
    EngineSession(Map<String, String> query) {
        this.query = Map.copyOf(query);
    }

    /** Opened over a WebSocket straight away (a client that skips polling). */
    EngineSession(Map<String, String> query, WebSocketSession socket) {
        this(query);
        this.socket = socket;
    }

    String id() {
        return id;
    }

    Map<String, String> query() {
        return query;
    }

    void heard() {
        heardAtNanos = System.nanoTime();
    }

    long silentNanos() {
        return System.nanoTime() - heardAtNanos;
    }

    long ageNanos() {
        return System.nanoTime() - openedAtNanos;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized boolean isUpgraded() {
        return socket != null;
    }

    synchronized boolean isOn(WebSocketSession candidate) {
        return socket != null && socket.getId().equals(candidate.getId());
    }

    /** Sends one packet (an encoded Engine.IO packet: its type digit and data). */
    void send(String packet) {
        CompletableFuture<String> answered = null;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (socket != null) {
                socket.sendAsync(packet);
                return;
            }
            waiting.add(packet);
            if (poll != null) {
                answered = poll;
                poll = null;
            }
        }
        if (answered != null) {
            answered.complete(drain());
        }
    }

    /**
     * The answer to a polling GET: what is queued now, else a future completed by the next packet.
     * Empty when a poll already waits (the client broke the protocol) or the session moved to its socket.
     */
    synchronized CompletableFuture<String> poll() {
        if (closed) {
            return CompletableFuture.completedFuture(CLOSE);
        }
        if (poll != null || socket != null) {
            return null;
        }
        if (!waiting.isEmpty()) {
            return CompletableFuture.completedFuture(drainLocked());
        }
        poll = new CompletableFuture<>();
        return poll;
    }

    /** The upgrade's probe arrived: a waiting poll returns (with a noop) so the client can pause polling. */
    void probed() {
        CompletableFuture<String> answered;
        synchronized (this) {
            answered = poll;
            poll = null;
        }
        if (answered != null) {
            answered.complete(NOOP);
        }
    }

    /** The client upgraded: from now on every packet goes over this socket, the queued ones first. */
    void upgrade(WebSocketSession upgraded) {
        probed();
        synchronized (this) {
            socket = upgraded;
            while (!waiting.isEmpty()) {
                socket.sendAsync(waiting.remove());
            }
        }
    }

    /** Ends the session: a waiting poll gets the close packet and the socket, if any, closes. */
    void close() {
        CompletableFuture<String> answered;
        WebSocketSession open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            waiting.clear();
            answered = poll;
            poll = null;
            open = socket;
        }
        if (answered != null) {
            answered.complete(CLOSE);
        }
        if (open != null && open.isOpen()) {
            open.close(CloseReason.NORMAL);
        }
    }

    private String drain() {
        synchronized (this) {
            return drainLocked();
        }
    }

    private String drainLocked() {
        StringBuilder payload = new StringBuilder();
        while (!waiting.isEmpty()) {
            if (!payload.isEmpty()) {
                payload.append(SEPARATOR);
            }
            payload.append(waiting.remove());
        }
        return payload.toString();
    }
}
