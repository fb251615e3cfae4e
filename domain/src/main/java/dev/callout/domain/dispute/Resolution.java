package dev.callout.domain.dispute;

import java.util.Locale;
import java.util.Optional;

/** What an admin decided. Refunds go through the payments' refund use case. */
public enum Resolution {
    FULL_REFUND, PARTIAL_REFUND, NO_ACTION, PROVIDER_WARNING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Resolution> fromWireName(String name) {
        for (Resolution resolution : values()) {
            if (resolution.wireName().equals(name)) {
                return Optional.of(resolution);
            }
        }
        return Optional.empty();
    }
}
