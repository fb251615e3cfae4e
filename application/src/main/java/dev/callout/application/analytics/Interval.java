package dev.callout.application.analytics;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The step of a series. */
public enum Interval {
    HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7));

    private final Duration length;

    Interval(Duration length) {
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Interval> fromWireName(String name) {
        for (Interval interval : values()) {
            if (interval.wireName().equals(name)) {
                return Optional.of(interval);
            }
        }
        return Optional.empty();
    }
}
