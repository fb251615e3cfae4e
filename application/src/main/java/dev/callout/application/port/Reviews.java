package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.job.JobId;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.review.Review;
import dev.callout.domain.review.ReviewId;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Where reviews are kept. At most one per author and job, whatever the races. A review is
 * <em>revealed</em> when the other party of its job has reviewed too or {@code windowClosesAt} (the
 * instant after which the review policy reveals it) is before now; lists and summaries about a
 * user count revealed reviews only, computed when read, so they are right under any concurrent
 * writes.
 */
public interface Reviews {

    /** Stores a new review unless its author already reviewed the job. */
    AddResult add(Review review, Instant windowClosesAt);

    Optional<Review> byId(ReviewId id);

    Optional<Review> byJobAndAuthor(JobId jobId, UserId authorId);

    /** Replaces the rating and comment of a stored review. */
    void update(Review review);

    boolean delete(ReviewId id);

    /** Revealed reviews about the user, newest first. */
    Page<Review> revealedAbout(UserId subject, Instant now, PageRequest page);

    /** Count, average and distribution of the revealed reviews about the user. */
    RatingSummary summaryAbout(UserId subject, Instant now);

    /** What the author wrote, newest first, revealed or not. */
    Page<Review> byAuthor(UserId author, PageRequest page);

    enum AddResult { ADDED, ALREADY_REVIEWED }
}
