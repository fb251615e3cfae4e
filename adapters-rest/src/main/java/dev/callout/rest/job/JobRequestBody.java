package dev.callout.rest.job;

import dev.callout.domain.job.JobDetails;
import dev.callout.rest.body.PlaceBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job to quote or post; with package_id and details, an order (posted only). dropoff: where to take the vehicle
 * (towing); budget: the customer's own price (gig marketplaces).
 */
@Serdeable
@Schema(name = "JobRequest")
public record JobRequestBody(
        @Nullable @Size(max = 64) @Schema(example = "plumber", description = "required unless package_id is given") String category,
        @Nullable @Size(max = JobDetails.MAX_DESCRIPTION_LENGTH) @Schema(example = "Leaking pipe under kitchen sink.") String description,
        @NotNull @Valid PlaceBody location,
        @Nullable @Valid PlaceBody dropoff,
        @NotNull @Schema(allowableValues = {"immediate", "scheduled"}) String urgency,
        @Nullable @Schema(description = "required when urgency is scheduled") Instant scheduledAt,
        @Nullable @Valid BudgetBody budget,
        @Nullable @Schema(description = "offer the job to the customer's available favourites first, for one offer "
                + "timeout and wherever they are, before the nearby providers (default false)") Boolean favoritesFirst,
        @Nullable @Size(max = JobDetails.MAX_TITLE_LENGTH) @Schema(description = "a gig's title, one line",
                example = "Help move furniture") String title,
        @Nullable @Schema(description = "how many hours the gig takes", minimum = "1",
                maximum = "" + JobDetails.MAX_DURATION_HOURS, example = "3") Integer durationHours,
        @Nullable @Schema(description = "job images you uploaded (POST /files, purpose job, no job_id) and have not "
                + "posted yet; they become this job's photos, up to the per-job photo limit") List<String> imageFileIds,
        @Nullable @Schema(description = "order this package (POST /jobs only): the category comes from its service, the "
                + "price is the package's") String packageId,
        @Nullable @Schema(description = "with package_id: the order's details, as the service's details_schema asks",
                example = "{\"rooms\": 2, \"size\": \"studio\"}") Map<String, Object> details) {

}
