package dev.callout.rest.provider;

import dev.callout.application.profile.GetProviderProfileUseCase.ProviderProfile;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.user.User;
import dev.callout.rest.body.PlaceBody;
import dev.callout.rest.file.FileBody;
import dev.callout.rest.job.JobBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The request and response bodies of the provider routes. */
public final class ProviderBodies {

    private ProviderBodies() {
    }

    @Serdeable
    @Schema(name = "AvailabilityChange")
    public record AvailabilityBody(@NotBlank @Schema(allowableValues = {"online", "offline", "busy"}) String status) {
    }

    @Serdeable
    @Schema(name = "Availability")
    record AvailabilityStatusBody(@Schema(allowableValues = {"online", "offline", "busy"}) String availabilityStatus) {
    }

    @Serdeable
    @Schema(name = "Position")
    public record PositionBody(@NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "14.5547") Double lat,
                        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "121.0244") Double lng) {
    }

    @Serdeable
    @Schema(name = "PositionUpdated")
    record PositionUpdatedBody(Instant updatedAt) {
    }

    @Serdeable
    @Schema(name = "NearbyProvider")
    record NearbyProviderBody(String id, String name, List<String> categories, BigDecimal distanceKm,
                              @Nullable @Schema(description = "average review rating; null until reviewed") Double rating,
                              long etaSeconds, String availabilityStatus,
                              @Schema(description = "where they count as being: their fresh live position, else their base location")
                              double lat, double lng,
                              @Schema(allowableValues = {"live", "base"}) String positionSource) {
    }

    @Serdeable
    @Schema(name = "ProviderProfile", description = "what any signed-in user may see of a provider: no contact details, "
            + "no position")
    record ProviderProfileBody(String id, String name,
                               @Schema(description = "the categories they serve") List<String> skills,
                               @Nullable @Schema(description = "average of their revealed reviews, as GET /users/{id}/reviews "
                                       + "gives it; null until one is revealed") BigDecimal rating,
                               long reviewCount,
                               @Schema(description = "their jobs now completed") long completedJobs,
                               @Schema(allowableValues = {"online", "offline", "busy"}) String availabilityStatus,
                               @Nullable String profileImageFileId, @Nullable String profileImageUrl, @Nullable String bio,
                               Instant memberSince) {

        static ProviderProfileBody of(ProviderProfile profile) {
            User provider = profile.provider();
            RatingSummary ratings = profile.ratings();
            String image = provider.profile().imageFileId();
            return new ProviderProfileBody(provider.id().value(), provider.name(),
                    provider.categories().stream().sorted().toList(), ratings.count() == 0 ? null : ratings.average(),
                    ratings.count(), profile.completedJobs(), profile.availability().wireName(), image, FileBody.url(image),
                    provider.profile().bio(), provider.createdAt());
        }
    }

    @Serdeable
    @Schema(name = "BaseLocation")
    record BaseLocationBody(@Nullable @Schema(description = "null when none is set") PlaceBody baseLocation) {
    }

    @Serdeable
    @Schema(name = "NearbyJob")
    record NearbyJobBody(BigDecimal distanceKm, JobBody job) {
    }

    @Serdeable
    public record ListBody<T>(List<T> data) {
    }
}
