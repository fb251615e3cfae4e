package dev.callout.bootstrap;

import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.rest.realtime.RealtimeSettings;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * Writes the positions the sockets reported, every {@code callout.realtime.position-flush-interval}, on every node
 * that serves sockets. When the node stops, after the last round (its sockets are closed by then), the positions
 * still held are written once more, while the pool is still open.
 */
@Singleton
class PositionFlush extends BackgroundWork {

    private final UpdateLocationUseCase location;
    private final PeriodicTask flush;

    PositionFlush(UpdateLocationUseCase location, RealtimeSettings settings) {
        this.location = location;
        this.flush = new PeriodicTask("positions", Duration.ZERO, settings.getPositionFlushInterval(), location::flushReports);
    }

    @Override
    List<PeriodicTask> tasks() {
        return List.of(flush);
    }

    @Override
    @PreDestroy
    public void stop() {
        super.stop();
        try {
            location.flushReports();
        } catch (RuntimeException e) {
            System.getLogger("callout.background").log(System.Logger.Level.WARNING,
                    "the last positions could not be written at stop: " + e.getMessage());
        }
    }
}
