package dev.callout.bootstrap;

import dev.callout.application.dispatch.RunDueTimers;
import dev.callout.application.event.EventRelay;
import dev.callout.persistence.PostgresLiveEvents;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's background work: the event relay, woken by every recorded event (NOTIFY) and
 * polling besides for retries, and the timer loop. Both are safe on any number of nodes, and
 * one timer or event whose work fails is retried alone (see {@code RunDueTimers}, {@code EventRelay}).
 * {@code callout.dispatch.workers=false} turns them off (a node that only serves requests).
 */
@Singleton
@Requires(property = "callout.dispatch.workers", notEquals = "false")
class DispatchWorkers implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger("callout.workers");

    private final EventRelay relay;
    private final RunDueTimers timers;
    private final PostgresLiveEvents live;
    private final DispatchSettings settings;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean stopped;
    private Thread relayThread;
    private Thread timerThread;

    DispatchWorkers(EventRelay relay, RunDueTimers timers, PostgresLiveEvents live, DispatchSettings settings) {
        this.relay = relay;
        this.timers = timers;
        this.live = live;
        this.settings = settings;
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (relayThread != null) {
            return;
        }
        live.onOutboxInsert(wake::release);
        relayThread = Thread.ofPlatform().daemon().name("callout-relay").start(() -> loop("relay", () -> {
            wake.tryAcquire(settings.getRelayPollInterval().toMillis(), TimeUnit.MILLISECONDS);
            wake.drainPermits();
            relay.relayDue();
        }));
        timerThread = Thread.ofPlatform().daemon().name("callout-timers").start(() -> loop("timers", () -> {
            timers.runDue();
            TimeUnit.MILLISECONDS.sleep(settings.getTimerPollInterval().toMillis());
        }));
    }

    private interface Work {
        void run() throws InterruptedException;
    }

    /**
     * Runs {@code work} until the node stops. A failure of the whole round (the database is
     * unreachable, say; the work of one timer or event never fails a round) is logged once when it
     * starts and once when it ends, and the loop keeps trying every second.
     */
    private void loop(String name, Work work) {
        boolean failing = false;
        while (!stopped) {
            try {
                work.run();
                if (failing) {
                    LOG.info("{} work back to normal", name);
                    failing = false;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!failing) {
                    LOG.warn("{} failed; trying again every second until it works", name, e);
                    failing = true;
                } else {
                    LOG.debug("{} failed again: {}", name, e.toString());
                }
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (relayThread != null) {
            relayThread.interrupt();
            timerThread.interrupt();
        }
    }
}
