package dev.callout.domain.review;

import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** One party's rating of the other after a job: 1 to 5 stars and an optional comment. */
public record Review(ReviewId id, JobId jobId, UserId authorId, UserId subjectId, int rating, String comment,
                     Instant createdAt, Instant updatedAt) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_COMMENT_LENGTH = 1000;

    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!isValidRating(rating)) {
            throw new IllegalArgumentException("rating must be between 1 and 5, was " + rating);
        }
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            throw new IllegalArgumentException("comment longer than " + MAX_COMMENT_LENGTH + " characters");
        }
        if (authorId.equals(subjectId)) {
            throw new IllegalArgumentException("nobody reviews themselves");
        }
    }

    public static boolean isValidRating(int rating) {
        return rating >= MIN_RATING && rating <= MAX_RATING;
    }

    Review edited(int newRating, String newComment, Instant now) {
        return new Review(id, jobId, authorId, subjectId, newRating, newComment, createdAt, now);
    }
}
