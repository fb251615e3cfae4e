package dev.callout.rest.review;

import dev.callout.domain.review.Review;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Serdeable
@Schema(name = "Review")
record ReviewBody(String id, String jobId, String reviewerId, String revieweeId, int rating, String comment,
                  Instant createdAt, Instant updatedAt) {
    static ReviewBody of(Review review) {
        return new ReviewBody(review.id().value(), review.jobId().value(), review.authorId().value(),
                review.subjectId().value(), review.rating(), review.comment(), review.createdAt(), review.updatedAt());
    }
}
