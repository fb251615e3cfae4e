package dev.callout.domain.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Card authorisations expire (about 7 days at Stripe). A job whose work starts within the hold's
 * validity, less a margin for the work itself, is held on the card; a job scheduled later than
 * that is charged now and the platform holds the money until the work is done, so no hold can
 * lapse before the capture.
 */
public record HoldWindow(Duration validity, Duration margin) {

    public static final HoldWindow STRIPE = new HoldWindow(Duration.ofDays(7), Duration.ofDays(1));

    public HoldWindow {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(margin, "margin");
        if (margin.isNegative() || validity.compareTo(margin) <= 0) {
            throw new IllegalArgumentException("the margin must be positive and shorter than the validity");
        }
    }

    /** {@code workAt} is when the work is scheduled, or null for an immediate job. */
    public HoldPlan plan(Instant now, Instant workAt) {
        if (workAt == null) {
            return HoldPlan.AUTHORISE;
        }
        Instant lastSafeStart = now.plus(validity).minus(margin);
        return workAt.isAfter(lastSafeStart) ? HoldPlan.CAPTURE_NOW : HoldPlan.AUTHORISE;
    }
}
