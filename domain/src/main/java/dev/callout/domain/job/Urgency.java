package dev.callout.domain.job;

import java.util.Locale;
import java.util.Optional;

public enum Urgency {
    IMMEDIATE, SCHEDULED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Urgency> fromWireName(String name) {
        for (Urgency urgency : values()) {
            if (urgency.wireName().equals(name)) {
                return Optional.of(urgency);
            }
        }
        return Optional.empty();
    }
}
