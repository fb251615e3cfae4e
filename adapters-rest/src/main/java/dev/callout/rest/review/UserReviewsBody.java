package dev.callout.rest.review;

import dev.callout.application.review.ReadReviewsUseCase;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.review.Review;
import dev.callout.rest.body.PageMetaBody;
import dev.callout.rest.body.Pages;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A user's revealed reviews with their count, average and distribution (stars "1".."5" to counts). */
@Serdeable
@Schema(name = "UserReviews")
record UserReviewsBody(String userId, long totalCount, BigDecimal averageRating, Map<String, Long> ratingDistribution,
                       java.util.List<ReviewBody> data, PageMetaBody meta) {
    static UserReviewsBody of(String userId, ReadReviewsUseCase.Profile profile) {
        RatingSummary summary = profile.summary();
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (int stars = Review.MAX_RATING; stars >= Review.MIN_RATING; stars--) {
            distribution.put(Integer.toString(stars), summary.distribution().getOrDefault(stars, 0L));
        }
        return Pages.of(profile.reviews(), ReviewBody::of,
                (reviews, meta) -> new UserReviewsBody(userId, summary.count(), summary.average(), distribution, reviews, meta));
    }
}
