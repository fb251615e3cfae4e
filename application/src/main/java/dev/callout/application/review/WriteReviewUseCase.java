package dev.callout.application.review;

import dev.callout.application.FieldErrors;
import dev.callout.domain.job.JobId;
import dev.callout.domain.review.Review;
import dev.callout.domain.review.ReviewId;
import dev.callout.domain.user.Actor;
import java.util.Objects;

/**
 * A party rates the other after a completed job: once, 1 to 5 stars, a comment of up to 1,000
 * characters, within the review window. The author may edit or delete it until the other party
 * has reviewed too (then both are public and fixed).
 */
public interface WriteReviewUseCase {

    ReviewResult write(WriteReviewCommand command);

    ReviewResult edit(EditReviewCommand command);

    /** Ok with the deleted review, or why not. */
    ReviewResult delete(Actor actor, ReviewId id);

    record WriteReviewCommand(Actor actor, JobId jobId, Integer rating, String comment) {
        public WriteReviewCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(jobId, "jobId");
            checked(rating, comment);
        }
    }

    record EditReviewCommand(Actor actor, ReviewId id, Integer rating, String comment) {
        public EditReviewCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(id, "id");
            checked(rating, comment);
        }
    }

    private static void checked(Integer rating, String comment) {
        new FieldErrors()
                .require(rating != null && Review.isValidRating(rating), "rating", "must be a whole number from 1 to 5")
                .freeText(comment, Review.MAX_COMMENT_LENGTH, "comment")
                .throwIfAny();
    }
}
