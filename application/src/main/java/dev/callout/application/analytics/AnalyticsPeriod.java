package dev.callout.application.analytics;

import java.time.Instant;
import java.util.Objects;

/** From {@code from} (inclusive) to {@code to} (exclusive), in whole microseconds: the precision stores keep. */
public record AnalyticsPeriod(Instant from, Instant to) {

    public AnalyticsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.getNano() % 1_000 != 0 || to.getNano() % 1_000 != 0) {
            throw new IllegalArgumentException("a period is in whole microseconds: " + from + " .. " + to);
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + " .. " + to);
        }
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(from) && moment.isBefore(to);
    }
}
