package dev.callout.rest.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.callout.application.job.JobView;
import dev.callout.domain.catalog.Order;
import dev.callout.domain.job.Job;
import dev.callout.rest.body.MoneyBody;
import dev.callout.rest.body.PlaceBody;
import dev.callout.rest.file.FileBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job as its parties see it ({@link JobBodies} draws it with its photos; GET /jobs/{id} from its {@link JobView}).
 * service, package (as it was when the job was posted) and details: an order's, on GET /jobs/{id}.
 */
@Serdeable
@Schema(name = "Job")
public record JobBody(String id, String status, String category, @Nullable String description, PlaceBody location,
                      @Nullable PlaceBody dropoff, String urgency, @Nullable Instant scheduledAt,
                      @Schema(description = "offered to the customer's favourites first") boolean favoritesFirst,
                      @Nullable String title, @Nullable Integer durationHours,
                      @Schema(description = "the images it was posted with") List<String> imageFileIds,
                      @Schema(description = "where GET /files/{id} serves each of them") List<String> imageUrls,
                      @Schema(description = "every photo of the job, those it was posted with first (in their order), then "
                              + "those added since, oldest first; only for those who may read the job") List<JobPhotoBody> photos,
                      PriceBody price,
                      String customerId, @Nullable String providerId, Instant createdAt, @Nullable Instant acceptedAt,
                      @Nullable Instant startedAt, @Nullable Instant completedAt, @Nullable Instant cancelledAt,
                      @Nullable String cancellationReason, Instant updatedAt,
                      @Nullable OrderedServiceBody service,
                      // micronaut-openapi names a property @JsonProperty("package") alone "job" (its package's last word): the
                      // @Schema name keeps it right, at the cost of a component of that name
                      @Nullable @JsonProperty("package") @Schema(name = "package") OrderedPackageBody orderedPackage,
                      @Nullable @Schema(description = "an order's details, on GET /jobs/{id}") Map<String, Object> details,
                      @Nullable @Schema(description = "every transition, oldest first; on GET /jobs/{id}, for the job's parties "
                              + "and admins") List<TimelineEntryBody> timeline) {

    static JobBody of(JobView view) {
        return of(view.job(), view.photos().stream().map(JobPhotoBody::of).toList(), view.order(),
                view.timeline() == null ? null : view.timeline().stream().map(TimelineEntryBody::of).toList());
    }

    static JobBody of(Job job, List<JobPhotoBody> photos) {
        return of(job, photos, null, null);
    }

    private static JobBody of(Job job, List<JobPhotoBody> photos, Order order, List<TimelineEntryBody> timeline) {
        return new JobBody(job.id().value(), job.status().wireName(), job.details().category(),
                job.details().description(), PlaceBody.of(job.details().location()), PlaceBody.of(job.details().dropoff()),
                job.details().urgency().wireName(), job.details().scheduledAt(), job.details().favoritesFirst(),
                job.details().title(), job.details().durationHours(), job.details().imageFileIds(),
                job.details().imageFileIds().stream().map(FileBody::url).toList(), photos, PriceBody.of(job.price()),
                job.customerId().value(), job.providerId() == null ? null : job.providerId().value(), job.createdAt(),
                job.acceptedAt(), job.startedAt(), job.completedAt(), job.cancelledAt(), job.cancellationReason(),
                job.updatedAt(),
                order == null ? null : new OrderedServiceBody(order.serviceId(), order.serviceName()),
                order == null ? null : new OrderedPackageBody(order.packageId(), order.packageName(), MoneyBody.of(order.price()),
                        order.durationMinutes()),
                order == null ? null : order.details().values(), timeline);
    }
}
