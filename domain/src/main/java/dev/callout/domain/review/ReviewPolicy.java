package dev.callout.domain.review;

import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When reviews may be written and when others may read them. By default reviews are double-blind:
 * a review stays hidden from everyone but its author until the other party has reviewed too or the
 * review window after completion has closed, so neither side can retaliate, and it is fixed once the
 * other party's review revealed it. With {@code doubleBlind} false every review is visible at once,
 * and its author may change or delete it while the window is open.
 */
public record ReviewPolicy(Duration window, boolean doubleBlind) {

    public static final ReviewPolicy DEFAULT = new ReviewPolicy(Duration.ofDays(7));

    public ReviewPolicy(Duration window) {
        this(window, true);
    }

    public ReviewPolicy {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the review window must be positive");
        }
    }

    public enum Refusal {
        /** The author is not the job's customer or provider. */
        NOT_A_PARTY,
        /** The work is not finished (or never was). */
        JOB_NOT_COMPLETED,
        /** The window after completion has closed. */
        REVIEW_WINDOW_CLOSED,
        /** This author already reviewed this job. */
        ALREADY_REVIEWED,
        /** Only the author may change or delete a review. */
        NOT_THE_AUTHOR
    }

    public sealed interface Outcome {
        record Written(Review review) implements Outcome {
        }

        record Refused(Refusal reason) implements Outcome {
        }
    }

    /** A party reviews the other party of a completed job, once, within the window. */
    public Outcome write(Job job, Actor author, boolean alreadyReviewed, int rating, String comment, Instant now,
                         IdGenerator ids) {
        if (!job.isParty(author)) {
            return new Outcome.Refused(Refusal.NOT_A_PARTY);
        }
        if (job.completedAt() == null || job.status() == JobStatus.CANCELLED) {
            return new Outcome.Refused(Refusal.JOB_NOT_COMPLETED);
        }
        if (windowClosed(job, now)) {
            return new Outcome.Refused(Refusal.REVIEW_WINDOW_CLOSED);
        }
        if (alreadyReviewed) {
            return new Outcome.Refused(Refusal.ALREADY_REVIEWED);
        }
        UserId subject = author.id().equals(job.customerId()) ? job.providerId() : job.customerId();
        return new Outcome.Written(new Review(ReviewId.next(ids), job.id(), author.id(), subject, rating, comment, now, now));
    }

    /** The author changes their review while the window is open. */
    public Outcome edit(Review review, Job job, Actor author, int rating, String comment, Instant now) {
        if (!review.authorId().equals(author.id())) {
            return new Outcome.Refused(Refusal.NOT_THE_AUTHOR);
        }
        if (windowClosed(job, now)) {
            return new Outcome.Refused(Refusal.REVIEW_WINDOW_CLOSED);
        }
        return new Outcome.Written(review.edited(rating, comment, now));
    }

    /**
     * Whether {@code viewer} may read {@code review}: its author always; anyone else at once, or
     * (double-blind) once the other party has reviewed the same job or the window has closed.
     */
    public boolean isVisible(Review review, Job job, boolean counterpartReviewed, UserId viewer, Instant now) {
        return !doubleBlind || review.authorId().equals(viewer) || counterpartReviewed || windowClosed(job, now);
    }

    /**
     * After which instant a review of the job is revealed without its counterpart: the window's
     * end, or (not double-blind) the job's completion.
     */
    public Instant revealedAfter(Job job) {
        return doubleBlind ? job.completedAt().plus(window) : job.completedAt();
    }

    /** Whether the other party's review fixes this one (double-blind: it revealed both). */
    public boolean fixedByCounterpart() {
        return doubleBlind;
    }

    public boolean windowClosed(Job job, Instant now) {
        return job.completedAt() != null && now.isAfter(job.completedAt().plus(window));
    }
}
