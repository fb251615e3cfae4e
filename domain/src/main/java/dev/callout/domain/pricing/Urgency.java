package dev.callout.domain.pricing;

import java.util.Locale;
import java.util.Optional;

/** Whether a job is wanted now or at a set time; pricing adds a surcharge for now. */
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
