package dev.callout.application.profile;

import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's public profile, as any signed-in user may see it: who they are and what they do,
 * their standing (revealed reviews, completed jobs) and whether they take work now.
 */
public interface GetProviderProfileUseCase {

    /** Empty unless the id is an active (approved, not suspended or deleted) provider's. */
    Optional<ProviderProfile> profile(UserId providerId);

    /**
     * {@code ratings}: the summary of revealed reviews, as {@code GET /users/{id}/reviews} gives it;
     * {@code completedJobs}: jobs of theirs now completed; {@code availability}: busy while on a job.
     */
    record ProviderProfile(User provider, RatingSummary ratings, long completedJobs, Availability availability) {
        public ProviderProfile {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(ratings, "ratings");
            Objects.requireNonNull(availability, "availability");
        }
    }
}
