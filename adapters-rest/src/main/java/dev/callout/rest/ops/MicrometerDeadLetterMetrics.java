package dev.callout.rest.ops;

import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.DeadLetterMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** {@code callout_dead_letters_parked_total{kind="timer"|"event"}} on {@code GET /metrics}. */
@Singleton
public class MicrometerDeadLetterMetrics implements DeadLetterMetrics {

    private final MeterRegistry registry;

    public MicrometerDeadLetterMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (DeadLetter.Kind kind : DeadLetter.Kind.values()) {
            counter(kind);
        }
    }

    @Override
    public void parked(DeadLetter deadLetter) {
        counter(deadLetter.kind()).increment();
    }

    private Counter counter(DeadLetter.Kind kind) {
        return Counter.builder("callout.dead_letters.parked")
                .description("Background work given up on after its last attempt (dead letters)")
                .tag("kind", kind.wireName())
                .register(registry);
    }
}
