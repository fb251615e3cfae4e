package dev.callout.rest.profile.art;

import dev.callout.rest.realtime.SocketClient;
import dev.callout.rest.realtime.SocketEnding;
import dev.callout.rest.realtime.SocketLane;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Engine.IO (protocol 4) session: its packets reach the client through HTTP long-polling until
 * the client upgrades to a WebSocket, then over that socket. Packets are queued while no poll
 * waits; at most one poll waits at a time. Once a WebSocket's probe succeeded, every poll is
 * answered at once (with a noop when nothing is queued), as Engine.IO's own server forces polling
 * cycles during an upgrade: the client pauses polling only after its current poll returns, and
 * that poll may reach the server after the probe. The upgrade packet moves the session to the
 * socket, where whatever was still queued goes first. The client's messages, and then the session's
 * end, are handled one at a time in the order they arrived, whichever transport carried them (a
 * {@link SocketLane}). A client that lets {@link SocketClient#MAX_QUEUED} packets pile up (unpolled,
 * or unwritten on its socket) is dropped rather than allowed to grow the server's memory.
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
    /** The WebSocket whose probe succeeded, until it upgrades the session or closes. */
    private WebSocketSession probe;
    private WebSocketSession socket;
    private boolean closed;
    private final long openedAtNanos = System.nanoTime();
    private volatile long heardAtNanos = openedAtNanos;
    private final AtomicInteger unwritten = new AtomicInteger();
    private final SocketLane lane;

    /** {@code query}: the handshake's query parameters (socket.io-client's {@code query} option); its work runs on {@code executor}. */
    EngineSession(Map<String, String> query, Executor executor) {
        this.query = Map.copyOf(query);
        this.lane = new SocketLane(executor);
    }

    /** Opened over a WebSocket straight away (a client that skips polling). */
    EngineSession(Map<String, String> query, Executor executor, WebSocketSession socket) {
        this(query, executor);
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
        CompletableFuture<String> answered;
        String payload;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (waiting.size() + unwritten.get() >= SocketClient.MAX_QUEUED) {
                answered = null;
                payload = null;
            } else if (socket != null) {
                write(packet);
                return;
            } else {
                waiting.add(packet);
                if (poll == null) {
                    return;
                }
                answered = poll;
                poll = null;
                payload = drainLocked();
            }
        }
        if (answered == null) {
            close(new CloseReason(CloseReason.TRY_AGAIN_LATER.getCode(), "too slow"));
        } else {
            answered.complete(payload);
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
        if (probe != null) {
            return CompletableFuture.completedFuture(NOOP);
        }
        poll = new CompletableFuture<>();
        return poll;
    }

    /** {@code probing} answered the probe: the waiting poll returns (with a noop) and the next ones return at once. */
    void probed(WebSocketSession probing) {
        CompletableFuture<String> answered;
        synchronized (this) {
            probe = probing;
            answered = poll;
            poll = null;
        }
        if (answered != null) {
            answered.complete(NOOP);
        }
    }

    /** {@code closing} closed before upgrading the session: polling goes on as before. */
    synchronized void probeEnded(WebSocketSession closing) {
        if (probe != null && probe.getId().equals(closing.getId())) {
            probe = null;
        }
    }

    /** The client upgraded (it no longer polls): from now on every packet goes over this socket, the queued ones first. */
    synchronized void upgrade(WebSocketSession upgraded) {
        probe = null;
        socket = upgraded;
        while (!waiting.isEmpty()) {
            write(waiting.remove());
        }
    }

    /** Runs {@code work} (reading a message of the client's, or the session's end) after all handed in before it. */
    void then(Runnable work) {
        lane.execute(work);
    }

    /** Writes the packet to the socket, counting it as waiting until it reached the network. */
    private void write(String packet) {
        unwritten.incrementAndGet();
        socket.sendAsync(packet).whenComplete((sent, failure) -> unwritten.decrementAndGet());
    }

    /** Ends the session: a waiting poll gets the close packet and the socket, if any, closes. */
    void close() {
        close(CloseReason.NORMAL);
    }

    /** Ends the session as {@link #close} does, its socket with 1001: the server is stopping and the client reconnects. */
    void goAway() {
        close(SocketEnding.SERVER_STOPPING.closeReason());
    }

    private void close(CloseReason reason) {
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
            open.close(reason);
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
