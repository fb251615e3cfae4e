package dev.callout.rest.review;

import dev.callout.application.Page;
import dev.callout.application.review.ReadReviewsUseCase;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.review.Review;
import dev.callout.rest.body.PageBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The review routes' request and response bodies. */
final class ReviewBodies {

    private ReviewBodies() {
    }

    @Serdeable
    record WriteBody(@NotBlank String jobId, @Schema(example = "5") Integer rating, @Nullable String comment) {
    }

    @Serdeable
    record EditBody(@Schema(example = "4") Integer rating, @Nullable String comment) {
    }

    @Serdeable
    record ReviewBody(String id, String jobId, String reviewerId, String revieweeId, int rating, String comment,
                      Instant createdAt, Instant updatedAt) {
        static ReviewBody of(Review review) {
            return new ReviewBody(review.id().value(), review.jobId().value(), review.authorId().value(),
                    review.subjectId().value(), review.rating(), review.comment(), review.createdAt(), review.updatedAt());
        }
    }

    /** A user's revealed reviews with their count, average and distribution (stars "1".."5" to counts). */
    @Serdeable
    record ProfileBody(String userId, long totalCount, BigDecimal averageRating, Map<String, Long> ratingDistribution,
                       java.util.List<ReviewBody> data, PageBody.Meta meta) {
        static ProfileBody of(String userId, ReadReviewsUseCase.Profile profile) {
            RatingSummary summary = profile.summary();
            Map<String, Long> distribution = new LinkedHashMap<>();
            for (int stars = Review.MAX_RATING; stars >= Review.MIN_RATING; stars--) {
                distribution.put(Integer.toString(stars), summary.distribution().getOrDefault(stars, 0L));
            }
            Page<Review> page = profile.reviews();
            PageBody<ReviewBody> reviews = PageBody.of(page, ReviewBody::of);
            return new ProfileBody(userId, summary.count(), summary.average(), distribution, reviews.data(), reviews.meta());
        }
    }
}
