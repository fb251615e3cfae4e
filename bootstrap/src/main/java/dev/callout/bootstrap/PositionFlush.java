package dev.callout.bootstrap;

import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.rest.realtime.RealtimeSettings;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * Writes the positions the sockets reported, every {@code callout.realtime.position-flush-interval}, on every node
 * that serves sockets. Those reported in the last interval before the node stops are not written: a position is
 * replaced by the provider's next one anyway, and the sockets close with the node.
 */
@Singleton
class PositionFlush extends BackgroundWork {

    private final PeriodicTask flush;

    PositionFlush(UpdateLocationUseCase location, RealtimeSettings settings) {
        this.flush = new PeriodicTask("positions", Duration.ZERO, settings.getPositionFlushInterval(), location::flushReports);
    }

    @Override
    List<PeriodicTask> tasks() {
        return List.of(flush);
    }
}
