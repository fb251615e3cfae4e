package dev.callout.domain.job;

import dev.callout.domain.pricing.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the customer asks for. Dropoff and scheduled time are optional (null); {@code favoritesFirst}
 * offers the job to the customer's available favourites before anyone else. A gig also has a
 * title, how many hours it takes and the ids of the images the customer posted it with (each
 * optional: null, or an empty list).
 */
public record JobDetails(String category, String description, Place location, Place dropoff,
                         Urgency urgency, Instant scheduledAt, boolean favoritesFirst, String title,
                         Integer durationHours, List<String> imageFileIds) {

    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final int MAX_TITLE_LENGTH = 120;
    public static final int MAX_DURATION_HOURS = 720;

    public JobDetails {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(urgency, "urgency");
        imageFileIds = List.copyOf(imageFileIds);
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("description longer than " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        if ((urgency == Urgency.SCHEDULED) != (scheduledAt != null)) {
            throw new IllegalArgumentException("a scheduled job has a scheduled time, and only a scheduled job");
        }
        if (title != null && (title.isBlank() || title.length() > MAX_TITLE_LENGTH)) {
            throw new IllegalArgumentException("a title has 1 to " + MAX_TITLE_LENGTH + " characters");
        }
        if (durationHours != null && (durationHours < 1 || durationHours > MAX_DURATION_HOURS)) {
            throw new IllegalArgumentException("a job takes 1 to " + MAX_DURATION_HOURS + " hours");
        }
    }

    public JobDetails(String category, String description, Place location, Place dropoff, Urgency urgency,
                      Instant scheduledAt, boolean favoritesFirst) {
        this(category, description, location, dropoff, urgency, scheduledAt, favoritesFirst, null, null, List.of());
    }

    /** Offered to anyone eligible, favourites or not. */
    public JobDetails(String category, String description, Place location, Place dropoff, Urgency urgency,
                      Instant scheduledAt) {
        this(category, description, location, dropoff, urgency, scheduledAt, false);
    }
}
