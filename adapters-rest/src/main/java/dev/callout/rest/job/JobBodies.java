package dev.callout.rest.job;

import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.pricing.PriceQuote;
import dev.callout.rest.body.MoneyBody;
import dev.callout.rest.body.PlaceBody;
import dev.callout.rest.file.FileBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The jobs API's request and response bodies. */
public final class JobBodies {

    private JobBodies() {
    }

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

    /** A job to quote or post. */
    @Serdeable
    @Schema(name = "JobRequest")
    public record JobRequestBody(
            @NotBlank @Size(max = 64) @Schema(example = "plumber") String category,
            @Nullable @Size(max = JobDetails.MAX_DESCRIPTION_LENGTH) @Schema(example = "Leaking pipe under kitchen sink.") String description,
            @NotNull @Valid PlaceBody location,
            @Nullable @Valid @Schema(description = "where to take the vehicle (towing)") PlaceBody dropoff,
            @NotNull @Schema(allowableValues = {"immediate", "scheduled"}) String urgency,
            @Nullable @Schema(description = "required when urgency is scheduled") Instant scheduledAt,
            @Nullable @Valid @Schema(description = "the customer's own price (gig marketplaces)") BudgetBody budget,
            @Nullable @Schema(description = "offer the job to the customer's available favourites first, for one offer "
                    + "timeout and wherever they are, before the nearby providers (default false)") Boolean favoritesFirst,
            @Nullable @Size(max = JobDetails.MAX_TITLE_LENGTH) @Schema(description = "a gig's title, one line",
                    example = "Help move furniture") String title,
            @Nullable @Schema(description = "how many hours the gig takes", minimum = "1",
                    maximum = "" + JobDetails.MAX_DURATION_HOURS, example = "3") Integer durationHours,
            @Nullable @Schema(description = "job images you uploaded (POST /files, purpose job, no job_id) and have not "
                    + "posted yet; they become this job's photos, up to the per-job photo limit") List<String> imageFileIds) {

        /** A budget's amount may be a decimal string or a JSON number; the currency defaults to the category's. */
        @Serdeable
        @Schema(name = "Budget")
        public record BudgetBody(@NotNull @Schema(example = "1500.00") BigDecimal amount,
                                 @Nullable @Size(min = 3, max = 3) @Schema(example = "PHP") String currency) {
        }
    }

    /** A price and how it was made. */
    @Serdeable
    @Schema(name = "Price")
    public record PriceBody(@Schema(allowableValues = {"tariff", "budget", "package"}) String basis,
                            MoneyBody total, MoneyBody platformFee, MoneyBody providerNet, String platformFeeRate,
                            MoneyBody baseFare, MoneyBody distanceCharge, MoneyBody urgencySurcharge, String distanceKm) {

        public static PriceBody of(PriceQuote quote) {
            return new PriceBody(quote.basis().wireName(), MoneyBody.of(quote.total()), MoneyBody.of(quote.platformFee()),
                    MoneyBody.of(quote.providerNet()),
                    BigDecimal.valueOf(quote.feeBps()).movePointLeft(4).stripTrailingZeros().toPlainString(),
                    MoneyBody.of(quote.baseFare()), MoneyBody.of(quote.distanceCharge()),
                    MoneyBody.of(quote.urgencySurcharge()), quote.distanceKm().toPlainString());
        }
    }

    @Serdeable
    @Schema(name = "Quote")
    public record QuoteBody(String category, PriceBody price) {
    }

    @Serdeable
    @Schema(name = "StatusChange")
    public record StatusChangeBody(
            @NotBlank @Schema(allowableValues = {"accepted", "en_route", "in_progress", "completed", "cancelled", "disputed"})
            String status,
            @Nullable @Size(max = Job.MAX_REASON_LENGTH) String reason) {
    }
}
