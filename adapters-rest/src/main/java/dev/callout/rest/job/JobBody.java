package dev.callout.rest.job;

import dev.callout.domain.job.Job;
import dev.callout.rest.body.PlaceBody;
import dev.callout.rest.file.FileBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A job as its parties see it. */
@Serdeable
@Schema(name = "Job")
public record JobBody(String id, String status, String category, @Nullable String description, PlaceBody location,
                      @Nullable PlaceBody dropoff, String urgency, @Nullable Instant scheduledAt,
                      @Schema(description = "offered to the customer's favourites first") boolean favoritesFirst,
                      @Nullable String title, @Nullable Integer durationHours,
                      @Schema(description = "the images it was posted with") List<String> imageFileIds,
                      @Schema(description = "where GET /files/{id} serves each of them") List<String> imageUrls,
                      PriceBody price,
                      String customerId, @Nullable String providerId, Instant createdAt, @Nullable Instant acceptedAt,
                      @Nullable Instant startedAt, @Nullable Instant completedAt, @Nullable Instant cancelledAt,
                      @Nullable String cancellationReason, Instant updatedAt) {

    public static JobBody of(Job job) {
        return new JobBody(job.id().value(), job.status().wireName(), job.details().category(),
                job.details().description(), PlaceBody.of(job.details().location()), PlaceBody.of(job.details().dropoff()),
                job.details().urgency().wireName(), job.details().scheduledAt(), job.details().favoritesFirst(),
                job.details().title(), job.details().durationHours(), job.details().imageFileIds(),
                job.details().imageFileIds().stream().map(FileBody::url).toList(), PriceBody.of(job.price()),
                job.customerId().value(), job.providerId() == null ? null : job.providerId().value(), job.createdAt(),
                job.acceptedAt(), job.startedAt(), job.completedAt(), job.cancelledAt(), job.cancellationReason(),
                job.updatedAt());
    }
}
