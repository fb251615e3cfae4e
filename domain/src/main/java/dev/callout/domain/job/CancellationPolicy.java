package dev.callout.domain.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How long after a provider accepts the customer may still cancel. */
public record CancellationPolicy(Duration windowAfterAcceptance) {

    public static final CancellationPolicy DEFAULT = new CancellationPolicy(Duration.ofMinutes(5));

    public CancellationPolicy {
        Objects.requireNonNull(windowAfterAcceptance);
        if (windowAfterAcceptance.isNegative()) {
            throw new IllegalArgumentException("cancellation window cannot be negative");
        }
    }

    public boolean customerMayCancel(Instant acceptedAt, Instant now) {
        return !now.isAfter(acceptedAt.plus(windowAfterAcceptance));
    }
}
