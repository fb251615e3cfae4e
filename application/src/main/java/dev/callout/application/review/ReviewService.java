package dev.callout.application.review;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Reviews;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.Job;
import dev.callout.domain.review.Review;
import dev.callout.domain.review.ReviewId;
import dev.callout.domain.review.ReviewPolicy;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class ReviewService implements WriteReviewUseCase, ReadReviewsUseCase {

    private final Reviews reviews;
    private final Jobs jobs;
    private final ReviewPolicy policy;
    private final Clock clock;
    private final IdGenerator ids;

    public ReviewService(Reviews reviews, Jobs jobs, ReviewPolicy policy, Clock clock, IdGenerator ids) {
        this.reviews = reviews;
        this.jobs = jobs;
        this.policy = policy;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public ReviewResult write(WriteReviewCommand command) {
        Optional<Job> job = jobs.byId(command.jobId()).filter(found -> found.isParty(command.actor()));
        if (job.isEmpty()) {
            return new ReviewResult.NotFound();
        }
        Instant now = clock.instant();
        boolean already = reviews.byJobAndAuthor(command.jobId(), command.actor().id()).isPresent();
        return switch (policy.write(job.get(), command.actor(), already, command.rating(), comment(command.comment()), now, ids)) {
            case ReviewPolicy.Outcome.Refused refused -> new ReviewResult.Refused(refused.reason());
            case ReviewPolicy.Outcome.Written written -> switch (reviews.add(written.review(), policy.revealedAfter(job.get()))) {
                case ADDED -> new ReviewResult.Ok(written.review());
                case ALREADY_REVIEWED -> new ReviewResult.Refused(ReviewPolicy.Refusal.ALREADY_REVIEWED);
            };
        };
    }

    @Override
    public ReviewResult edit(EditReviewCommand command) {
        return changeable(command.actor(), command.id(), (review, job) ->
                switch (policy.edit(review, job, command.actor(), command.rating(), comment(command.comment()), clock.instant())) {
                    case ReviewPolicy.Outcome.Refused refused -> new ReviewResult.Refused(refused.reason());
                    case ReviewPolicy.Outcome.Written written -> {
                        reviews.update(written.review());
                        yield new ReviewResult.Ok(written.review());
                    }
                });
    }

    @Override
    public ReviewResult delete(Actor actor, ReviewId id) {
        return changeable(actor, id, (review, job) -> {
            reviews.delete(review.id());
            return new ReviewResult.Ok(review);
        });
    }

    @Override
    public Profile about(UserId subject, PageRequest page) {
        Instant now = clock.instant();
        return new Profile(reviews.revealedAbout(subject, now, page), reviews.summaryAbout(subject, now));
    }

    @Override
    public Page<Review> mine(Actor actor, PageRequest page) {
        return reviews.byAuthor(actor.id(), page);
    }

    @Override
    public Optional<Review> byId(Actor actor, ReviewId id) {
        return reviews.byId(id).filter(review -> jobs.byId(review.jobId())
                .map(job -> policy.isVisible(review, job, counterpartReviewed(review), actor.id(), clock.instant()))
                .orElse(false));
    }

    /** The author's own review, not yet fixed by the other party's review; others see nothing. */
    private ReviewResult changeable(Actor actor, ReviewId id, java.util.function.BiFunction<Review, Job, ReviewResult> change) {
        Optional<Review> review = reviews.byId(id);
        if (review.isEmpty() || !review.get().authorId().equals(actor.id())) {
            return new ReviewResult.NotFound();
        }
        Optional<Job> job = jobs.byId(review.get().jobId());
        if (job.isEmpty()) {
            return new ReviewResult.NotFound();
        }
        if (policy.fixedByCounterpart() && counterpartReviewed(review.get())) {
            return new ReviewResult.Revealed();
        }
        return change.apply(review.get(), job.get());
    }

    private boolean counterpartReviewed(Review review) {
        return reviews.byJobAndAuthor(review.jobId(), review.subjectId()).isPresent();
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
