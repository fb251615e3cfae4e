package dev.callout.domain.catalog;

import java.util.Locale;
import java.util.Optional;

/** An active service can be ordered; an archived one cannot, and the jobs already posted keep what they ordered. */
public enum ServiceStatus {
    ACTIVE, ARCHIVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ServiceStatus> fromWireName(String name) {
        for (ServiceStatus status : values()) {
            if (status.wireName().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
