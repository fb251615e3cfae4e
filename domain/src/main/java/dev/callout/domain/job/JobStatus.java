package dev.callout.domain.job;

import java.util.Locale;
import java.util.Optional;

public enum JobStatus {
    REQUESTED, ACCEPTED, EN_ROUTE, IN_PROGRESS, COMPLETED, CANCELLED, DISPUTED,
    /** Dispatch gave up: nobody accepted within the widest radius. */
    NO_PROVIDER_FOUND;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<JobStatus> fromWireName(String name) {
        for (JobStatus status : values()) {
            if (status.wireName().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** A provider is always assigned in these states (a cancelled job keeps the one it had, if any). */
    public boolean requiresProvider() {
        return switch (this) {
            case ACCEPTED, EN_ROUTE, IN_PROGRESS, COMPLETED, DISPUTED -> true;
            case REQUESTED, CANCELLED, NO_PROVIDER_FOUND -> false;
        };
    }

    /** A provider is working on it (or on the way): they are busy and their position is tracked. */
    public boolean isActive() {
        return this == ACCEPTED || this == EN_ROUTE || this == IN_PROGRESS;
    }

    /** The job is over: no more work, tracking or chat. */
    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED || this == DISPUTED || this == NO_PROVIDER_FOUND;
    }
}
