package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class PeriodicTaskTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aFailingRoundIsLoggedNotThrownAndTheNextRoundRuns() {
        AtomicInteger rounds = new AtomicInteger();
        PeriodicTask task = new PeriodicTask("test", HOUR, HOUR, () -> {
            if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is away");
            }
        });

        assertThat(task.run()).isFalse();
        assertThat(task.run()).isTrue();
        assertThat(rounds).hasValue(2);
    }

    @Test
    void runsAtOnceWithoutDelayAndAgainWhenWokenEvenAfterAFailure() {
        AtomicInteger rounds = new AtomicInteger();
        PeriodicTask task = new PeriodicTask("test", Duration.ZERO, HOUR, () -> {
            if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("the first round fails");
            }
        });
        try {
            task.start();
            awaitUntil(() -> rounds.get() == 1);
            task.wake();
            awaitUntil(() -> rounds.get() == 2);
            task.wake();
            awaitUntil(() -> rounds.get() == 3);
        } finally {
            task.stop();
        }
    }

    @Test
    void stopEndsTheThreadEvenInTheMiddleOfAWait() {
        PeriodicTask task = new PeriodicTask("test", HOUR, HOUR, () -> {
        });
        task.start();
        assertThat(task.running()).isTrue();

        task.stop();

        assertThat(task.running()).isFalse();
        task.start();
        assertThat(task.running()).as("a stopped task stays stopped").isFalse();
    }

    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not reached within 10 s").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
