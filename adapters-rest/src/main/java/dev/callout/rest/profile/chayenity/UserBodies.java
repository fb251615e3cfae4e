package dev.callout.rest.profile.chayenity;

import dev.callout.application.profile.GetProviderProfileUseCase.ProviderProfile;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.User;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** Chayenity's user shapes. Its {@code contact_info} is the account's bio, free text as its users write it. */
final class UserBodies {

    /** A new user's standing before anyone reviewed them, as the document shows it. */
    static final BigDecimal NO_REVIEWS_SCORE = new BigDecimal("5.0");

    private UserBodies() {
    }

    @Serdeable
    record Register(@Nullable String email, @Nullable String password, @Nullable String fullName,
                    @Nullable String contactInfo) {
    }

    @Serdeable
    record UpdateMe(@Nullable String fullName, @Nullable String contactInfo, @Nullable String addressText) {
    }

    @Serdeable
    record Location(@Nullable Double latitude, @Nullable Double longitude, @Nullable String addressText) {
    }

    @Serdeable
    record AvailabilityBody(@Nullable Boolean isAvailable) {
    }

    @Serdeable
    record Me(String id, String email, String fullName, String contactInfo, String addressText, boolean isVerified,
              BigDecimal reputationScore, String createdAt) {

        static Me of(User user, RatingSummary ratings) {
            return new Me(Uuids.of(user.id().value()), user.email(), user.name(), user.profile().bio(),
                    user.profile().addressText(), user.status() != AccountStatus.PENDING_VERIFICATION, score(ratings),
                    Wire.time(user.createdAt()));
        }
    }

    @Serdeable
    record Profile(String id, String email, String fullName, String profileImageUrl, String contactInfo,
                   String addressText, boolean isVerified, BigDecimal reputationScore, long totalReviews,
                   boolean isAvailable, String createdAt, boolean hasLocation) {

        static Profile of(ProviderProfile profile, boolean hasLocation) {
            User user = profile.provider();
            return new Profile(Uuids.of(user.id().value()), user.email(), user.name(),
                    Wire.fileUrl(user.profile().imageFileId()), user.profile().bio(), user.profile().addressText(),
                    user.status() != AccountStatus.PENDING_VERIFICATION, score(profile.ratings()), profile.ratings().count(),
                    profile.availability() == Availability.ONLINE, Wire.time(user.createdAt()), hasLocation);
        }
    }

    @Serdeable
    record Nearby(String id, String fullName, String profileImageUrl, String contactInfo, String addressText,
                  boolean isAvailable, BigDecimal reputationScore, long totalReviews, double distanceKm) {
    }

    static BigDecimal score(RatingSummary ratings) {
        return ratings.count() == 0 || ratings.average() == null ? NO_REVIEWS_SCORE : ratings.average();
    }
}
