package dev.callout.rest.provider;

import dev.callout.application.profile.GetProviderProfileUseCase.ProviderProfile;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.user.User;
import dev.callout.rest.file.FileBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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
