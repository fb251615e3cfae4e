package dev.callout.domain.job;

import java.time.Instant;
import java.util.Objects;

/**
 * What the customer asks for. Dropoff and scheduled time are optional (null); {@code favoritesFirst}
 * offers the job to the customer's available favourites before anyone else.
 */
public record JobDetails(String category, String description, Place location, Place dropoff,
                         Urgency urgency, Instant scheduledAt, boolean favoritesFirst) {

    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    public JobDetails {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(urgency, "urgency");
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("description longer than " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        if ((urgency == Urgency.SCHEDULED) != (scheduledAt != null)) {
            throw new IllegalArgumentException("scheduled_at is required for scheduled jobs and only for them");
        }
    }

    /** Offered to anyone eligible, favourites or not. */
    public JobDetails(String category, String description, Place location, Place dropoff, Urgency urgency,
                      Instant scheduledAt) {
        this(category, description, location, dropoff, urgency, scheduledAt, false);
    }
}
