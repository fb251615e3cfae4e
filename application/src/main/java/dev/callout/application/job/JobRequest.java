package dev.callout.application.job;

import dev.callout.application.FieldErrors;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.Place;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.Urgency;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The job a customer wants, as quoted and as posted: category, place, optional dropoff (towing),
 * urgency (scheduled jobs carry their time), an optional budget, whether to offer it to the
 * customer's favourites first (no bearing on the price), and a gig's title, duration in hours and
 * images (job images the customer uploaded before posting; see {@link PostJobUseCase}).
 */
public record JobRequest(String category, String description, Place location, Place dropoff, Urgency urgency,
                         Instant scheduledAt, MoneyInput budget, boolean favoritesFirst, String title,
                         Integer durationHours, List<String> imageFileIds) {

    /** A bound on the list itself; the per-job photo limit decides how many a job takes. */
    public static final int MAX_IMAGES = 20;

    public JobRequest {
        FieldErrors errors = new FieldErrors()
                .singleLines(imageFileIds, MAX_IMAGES, Prefixed.MAX_LENGTH, "image_file_ids");
        imageFileIds = imageFileIds == null || imageFileIds.stream().anyMatch(Objects::isNull) ? List.of() : List.copyOf(imageFileIds);
        errors
                .require(category == null || !category.isBlank(), "category", "must not be blank")
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
                .require(title == null || !title.isBlank(), "title", "must not be blank")
                .singleLine(title, JobDetails.MAX_TITLE_LENGTH, "title")
                .require(durationHours == null || (durationHours >= 1 && durationHours <= JobDetails.MAX_DURATION_HOURS),
                        "duration_hours", "must be 1 to " + JobDetails.MAX_DURATION_HOURS)
                .require(imageFileIds.stream().allMatch(id -> Prefixed.matches(id, StoredFile.PREFIX)), "image_file_ids",
                        "must be file ids")
                .require(new HashSet<>(imageFileIds).size() == imageFileIds.size(), "image_file_ids", "must not repeat an id")
                .throwIfAny();
        title = title == null ? null : title.strip();
    }

    public JobRequest(String category, String description, Place location, Place dropoff, Urgency urgency,
                      Instant scheduledAt, MoneyInput budget, boolean favoritesFirst) {
        this(category, description, location, dropoff, urgency, scheduledAt, budget, favoritesFirst, null, null, List.of());
    }

    /** Offered to anyone eligible, favourites or not. */
    public JobRequest(String category, String description, Place location, Place dropoff, Urgency urgency,
                      Instant scheduledAt, MoneyInput budget) {
        this(category, description, location, dropoff, urgency, scheduledAt, budget, false);
    }

    /** As posted, in {@code categoryCode}: the one asked for, or the deployment's default. */
    JobDetails details(String categoryCode) {
        return new JobDetails(categoryCode, description, location, dropoff, urgency, scheduledAt, favoritesFirst, title,
                durationHours, imageFileIds);
    }
}
