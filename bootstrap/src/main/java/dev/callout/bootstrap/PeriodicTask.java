package dev.callout.bootstrap;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A named round of background work run on a thread of its own ({@code callout-<name>}): after the
 * initial delay, then again each interval or as soon as {@link #wake()} is called. A round that fails
 * is logged once when the failures start and once when they end, and the next round comes after the
 * interval (at least a second), so a failure never stops the task; the rounds themselves skip an
 * item that fails and go on with the rest. {@link #stop()} ends the thread: it lets the round in
 * flight finish, and interrupts one that outlasts a grace period (its work stays claimed in the
 * database until its lease lapses, or rolls back, so a later round on any node does it).
 */
final class PeriodicTask {

    /** The work of one round; the wait between rounds is the task's. */
    interface Round {
        void run() throws InterruptedException;
    }

    private static final Logger LOG = LoggerFactory.getLogger("callout.background");
    private static final Duration MIN_WAIT_AFTER_FAILURE = Duration.ofSeconds(1);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final String name;
    private final Duration initialDelay;
    private final Duration interval;
    private final Round round;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile boolean stopped;
    private Thread thread;

    PeriodicTask(String name, Duration initialDelay, Duration interval, Round round) {
        this.name = name;
        this.initialDelay = initialDelay;
        this.interval = interval;
        this.round = round;
    }

    synchronized void start() {
        if (thread == null && !stopped) {
            thread = Thread.ofPlatform().daemon().name("callout-" + name).start(this::loop);
        }
    }

    /** Ends the wait before the next round: new work has come. */
    void wake() {
        wake.release();
    }

    /** Runs one round now; a failure is logged, never thrown. Returns whether the round worked. */
    boolean run() {
        try {
            round.run();
            if (failing.getAndSet(false)) {
                LOG.info("{} works again", name);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            if (stopped) {
                LOG.info("{} stopped mid-round ({}); a later round does what it left", name, e.toString());
            } else if (failing.getAndSet(true)) {
                LOG.debug("{} failed again: {}", name, e.toString());
            } else {
                LOG.warn("{} failed; trying again until it works", name, e);
            }
            return false;
        }
    }

    boolean running() {
        Thread current;
        synchronized (this) {
            current = thread;
        }
        return current != null && current.isAlive();
    }

    void stop() {
        Thread current;
        synchronized (this) {
            stopped = true;
            current = thread;
        }
        if (current == null) {
            return;
        }
        wake();
        try {
            if (!current.join(STOP_GRACE)) {
                current.interrupt();
                if (!current.join(STOP_TIMEOUT)) {
                    LOG.warn("{} did not stop within {}", name, STOP_GRACE.plus(STOP_TIMEOUT));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        Duration wait = initialDelay;
        while (!stopped) {
            try {
                if (wake.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            }
            if (stopped) {
                return;
            }
            wait = run() ? interval : max(interval, MIN_WAIT_AFTER_FAILURE);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
