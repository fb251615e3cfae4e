package dev.callout.rest.realtime;

import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.domain.user.UserId;
import io.micronaut.http.MediaType;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One connected socket: who it speaks for (user, session, when its access token expires) and what
 * is waiting to be written to it. One frame is in flight at a time; the next is written when the
 * previous one reached the network, so a slow client slows only itself. Tracking frames are
 * conflated per job and type (the latest position replaces the one not yet sent); other frames
 * queue, and a client that lets {@link #MAX_QUEUED} pile up is dropped rather than allowed to grow
 * the server's memory. A stored event is written at most once (by its id), and a job's live events
 * wait while that job's missed events are replayed, so the client sees them in order.
 */
public final class SocketClient {

    /** Frames a socket may let pile up before it is dropped. */
    public static final int MAX_QUEUED = 1_000;
    private static final int REMEMBERED_EVENTS = 1_000;

    private final String id = "sock_" + UUID.randomUUID();
    private final WebSocketSession session;
    private final UserId userId;
    private final FrameBudget frameBudget;
    private final SocketDialect dialect;
    private final Queue<String> frames = new ArrayDeque<>();
    private final Map<String, String> latest = new LinkedHashMap<>();
    private final Map<Long, Boolean> written = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED_EVENTS;
        }
    };
    private final Map<String, List<Held>> held = new HashMap<>();
    private final AtomicBoolean left = new AtomicBoolean();
    private boolean sending;
    private CloseReason closing;
    private volatile String sessionId;
    private volatile Instant expiresAt;
    private volatile long lastHeardNanos = System.nanoTime();

    private record Held(long eventId, String frame) {
    }

    SocketClient(WebSocketSession session, UserId userId, String sessionId, Instant expiresAt, int framesPerSecond,
                        SocketDialect dialect) {
        this.session = session;
        this.userId = userId;
        this.sessionId = sessionId;
        this.expiresAt = expiresAt;
        this.frameBudget = new FrameBudget(framesPerSecond);
        this.dialect = dialect;
    }

    SocketDialect dialect() {
        return dialect;
    }

    public String id() {
        return id;
    }

    WebSocketSession session() {
        return session;
    }

    public UserId userId() {
        return userId;
    }

    String sessionId() {
        return sessionId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    /** A fresh access token of the same user: the socket now lives on its session and until its expiry. */
    void renewed(String sessionId, Instant expiresAt) {
        this.sessionId = sessionId;
        this.expiresAt = expiresAt;
    }

    public void heard() {
        lastHeardNanos = System.nanoTime();
    }

    long silentNanos() {
        return System.nanoTime() - lastHeardNanos;
    }

    /** True the first time only: however many ways a socket ends, it gives up its lease and its channels once. */
    boolean leave() {
        return left.compareAndSet(false, true);
    }

    /** Takes one frame from the budget; false when it is spent. */
    boolean admitFrame() {
        return frameBudget.take();
    }

    synchronized boolean isEnding() {
        return closing != null;
    }

    public void send(String frame) {
        synchronized (this) {
            if (!enqueue(frame)) {
                return;
            }
        }
        drain();
    }

    /** A live event: written unless it already was, and held back while its job is being replayed. */
    void sendEvent(LiveEvent event, String jobId, String frame) {
        synchronized (this) {
            List<Held> waiting = jobId == null ? null : held.get(jobId);
            if (waiting != null) {
                waiting.add(new Held(event.id(), frame));
                return;
            }
            if (!firstTime(event.id()) || !enqueue(frame)) {
                return;
            }
        }
        drain();
    }

    /** A replayed event, written unless the socket already carried it. */
    void sendReplayed(long eventId, String frame) {
        synchronized (this) {
            if (!firstTime(eventId) || !enqueue(frame)) {
                return;
            }
        }
        drain();
    }

    /** Replaces any frame of the same key not yet written. */
    void sendLatest(String key, String frame) {
        synchronized (this) {
            if (closing != null) {
                return;
            }
            latest.remove(key);
            latest.put(key, frame);
        }
        drain();
    }

    /** Live events of the job wait until {@link #release}. */
    synchronized void hold(String jobId) {
        held.putIfAbsent(jobId, new ArrayList<>());
    }

    /** Writes the job's live events that arrived while it was held, except those the replay already carried. */
    void release(String jobId) {
        synchronized (this) {
            List<Held> waiting = held.remove(jobId);
            if (waiting == null) {
                return;
            }
            for (Held frame : waiting) {
                if (firstTime(frame.eventId()) && !enqueue(frame.frame())) {
                    return;
                }
            }
        }
        drain();
    }

    /** Drops whatever waits, writes {@code lastFrame} and then closes with {@code reason}; later frames are ignored. */
    void end(String lastFrame, CloseReason reason) {
        synchronized (this) {
            if (closing != null) {
                return;
            }
            frames.clear();
            latest.clear();
            held.clear();
            frames.add(lastFrame);
            closing = reason;
        }
        drain();
    }

    /** Closes at once if the last frame of {@link #end} could not be written yet. */
    void closeNow() {
        CloseReason reason;
        synchronized (this) {
            reason = closing;
        }
        if (reason != null && session.isOpen()) {
            session.close(reason);
        }
    }

    private boolean firstTime(long eventId) {
        return eventId == LiveEvent.NOT_STORED || written.put(eventId, Boolean.TRUE) == null;
    }

    /** Queues the frame; false when the socket is ending, or was just dropped for being too slow. */
    private boolean enqueue(String frame) {
        if (closing != null) {
            return false;
        }
        if (frames.size() >= MAX_QUEUED) {
            frames.clear();
            latest.clear();
            closing = new CloseReason(CloseReason.TRY_AGAIN_LATER.getCode(), "too slow");
            session.close(closing);
            return false;
        }
        frames.add(frame);
        return true;
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
                if (closing != null) {
                    session.close(closing);
                }
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
            } else {
                closeNow();
            }
        });
    }
}
