package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A node of a product profile whose sockets live by limits a test reaches quickly (a heartbeat of a second, two
 * sockets per user, a few frames a second): what the BlueWork, Chayenity and Depannini socket tests start on.
 */
final class ProfileSocketNode {

    private ProfileSocketNode() {
    }

    static RunningCallout start(String profile, int framesPerSecond) {
        return RunningCallout.start(Map.of("callout.profile", profile, "callout.realtime.heartbeat", "1s",
                "callout.realtime.max-sockets-per-user", 2, "callout.realtime.max-frames-per-second", framesPerSecond));
    }

    /** Until the condition holds, asked every 50 ms for at most {@link SocketProbe#WAIT}. */
    static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + SocketProbe.WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not within " + SocketProbe.WAIT).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }
}
