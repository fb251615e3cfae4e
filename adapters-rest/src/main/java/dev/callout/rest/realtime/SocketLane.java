package dev.callout.rest.realtime;

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
 * or after a later frame. A task that throws is logged and the next one still runs.
 */
final class SocketLane implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(SocketLane.class);

    private final Executor executor;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();

    SocketLane(Executor executor) {
        this.executor = executor;
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
