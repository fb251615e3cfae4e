package dev.callout.application.job;

import dev.callout.application.FieldErrors;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.Place;
import dev.callout.domain.job.Urgency;
import dev.callout.domain.pricing.Category;
import java.time.Instant;

/**
 * The job a customer wants, as quoted and as posted: category, place, optional dropoff (towing),
 * urgency (scheduled jobs carry their time), an optional budget, and whether to offer it to the
 * customer's favourites first (no bearing on the price).
 */
public record JobRequest(String category, String description, Place location, Place dropoff, Urgency urgency,
                         Instant scheduledAt, MoneyInput budget, boolean favoritesFirst) {

    public JobRequest {
        new FieldErrors()
                .notBlank(category, "category")
                .singleLine(category, Category.MAX_CODE_LENGTH, "category")
                .require(location != null, "location", "is required")
                .require(urgency != null, "urgency", "is required")
                .require(urgency != Urgency.SCHEDULED || scheduledAt != null, "scheduled_at", "is required for a scheduled job")
                .require(urgency != Urgency.IMMEDIATE || scheduledAt == null, "scheduled_at", "is only for scheduled jobs")
                .freeText(description, JobDetails.MAX_DESCRIPTION_LENGTH, "description")
                .singleLine(location == null ? null : location.address(), Place.MAX_ADDRESS_LENGTH, "location.address")
                .singleLine(dropoff == null ? null : dropoff.address(), Place.MAX_ADDRESS_LENGTH, "dropoff.address")
                .singleLine(budget == null ? null : budget.currency(), 3, "budget.currency")
                .require(budget == null || budget.amount().signum() > 0, "budget.amount", "must be positive")
                .throwIfAny();
    }

    /** Offered to anyone eligible, favourites or not. */
    public JobRequest(String category, String description, Place location, Place dropoff, Urgency urgency,
                      Instant scheduledAt, MoneyInput budget) {
        this(category, description, location, dropoff, urgency, scheduledAt, budget, false);
    }

    JobDetails details() {
        return new JobDetails(category, description, location, dropoff, urgency, scheduledAt, favoritesFirst);
    }
}
