package dev.callout.application.inmemory;

import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.DeadLetterMetrics;
import java.util.EnumMap;
import java.util.Map;

/** Counts parked work per kind. */
public final class InMemoryDeadLetterMetrics implements DeadLetterMetrics {

    private final Map<DeadLetter.Kind, Long> parked = new EnumMap<>(DeadLetter.Kind.class);

    @Override
    public synchronized void parked(DeadLetter deadLetter) {
        parked.merge(deadLetter.kind(), 1L, Long::sum);
    }

    public synchronized long parked(DeadLetter.Kind kind) {
        return parked.getOrDefault(kind, 0L);
    }
}
