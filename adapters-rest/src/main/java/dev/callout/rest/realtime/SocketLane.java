package dev.callout.rest.realtime;

import io.micronaut.websocket.WebSocketSession;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One socket's work, run on a shared (blocking) executor one task at a time in the order it was
 * handed in: its open, then each frame, then its close. Micronaut's {@code @ExecuteOn} runs each
 * handler as a separate task with no order between them, so a frame could be read before its open
 * or after a later frame. So a socket's handlers run on its connection's event loop, without
 * {@code @ExecuteOn}, and hand their work here: {@link #open} in the open handler, {@link #then} in the
 * others. A task that throws is logged and the next one still runs.
 */
public final class SocketLane implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(SocketLane.class);
    private static final String ATTRIBUTE = "callout.lane";

    private final Executor executor;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();

    /** A lane of its own for a connection that is no {@link WebSocketSession} (ART's Engine.IO sessions). */
    public SocketLane(Executor executor) {
        this.executor = executor;
    }

    /** Gives the socket its lane, kept in its session, and queues the open's work first. */
    public static void open(WebSocketSession session, Executor executor, Runnable work) {
        SocketLane lane = new SocketLane(executor);
        session.put(ATTRIBUTE, lane);
        lane.execute(work);
    }

    /** Queues the work after everything the socket handed in before it (a frame, a pong, its close). */
    public static void then(WebSocketSession session, Runnable work) {
        session.get(ATTRIBUTE, SocketLane.class).ifPresent(lane -> lane.execute(work));
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        if (running.compareAndSet(false, true)) {
            executor.execute(this::runQueued);
        }
    }

    private void runQueued() {
        do {
            for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("a socket's frame failed; handling the next", e);
                }
            }
            running.set(false);
        } while (!tasks.isEmpty() && running.compareAndSet(false, true));
    }
}
