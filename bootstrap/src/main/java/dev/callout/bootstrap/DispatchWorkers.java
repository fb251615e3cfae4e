package dev.callout.bootstrap;

import dev.callout.application.dispatch.RunDueTimers;
import dev.callout.application.event.EventRelay;
import dev.callout.persistence.PostgresLiveEvents;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * The node's background work: the event relay, woken by every recorded event (NOTIFY) and
 * polling besides for retries, and the timer loop. Both are safe on any number of nodes, and
 * one timer or event whose work fails is retried alone (see {@code RunDueTimers}, {@code EventRelay}).
 * {@code callout.dispatch.workers=false} turns them off (a node that only serves requests).
 */
@Singleton
@Requires(property = "callout.dispatch.workers", notEquals = "false")
class DispatchWorkers extends BackgroundWork {

    private final PostgresLiveEvents live;
    private final PeriodicTask relay;
    private final PeriodicTask timers;

    DispatchWorkers(EventRelay relay, RunDueTimers timers, PostgresLiveEvents live, DispatchSettings settings) {
        this.live = live;
        this.relay = new PeriodicTask("relay", Duration.ZERO, settings.getRelayPollInterval(), relay::relayDue);
        this.timers = new PeriodicTask("timers", Duration.ZERO, settings.getTimerPollInterval(), timers::runDue);
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        live.onOutboxInsert(relay::wake);
        super.onApplicationEvent(event);
    }

    @Override
    List<PeriodicTask> tasks() {
        return List.of(relay, timers);
    }
}
