package dev.callout.domain.dispatch;

import java.util.Locale;
import java.util.Optional;

/** What a provider says about themselves. A provider on an active job is busy whatever they said. */
public enum Availability {
    ONLINE, OFFLINE, BUSY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Availability> fromWireName(String name) {
        for (Availability availability : values()) {
            if (availability.wireName().equals(name)) {
                return Optional.of(availability);
            }
        }
        return Optional.empty();
    }
}
