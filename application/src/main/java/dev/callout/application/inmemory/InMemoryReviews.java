package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Reviews;
import dev.callout.domain.job.JobId;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.review.Review;
import dev.callout.domain.review.ReviewId;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

public final class InMemoryReviews implements Reviews {

    private record Stored(Review review, Instant windowClosesAt) {
    }

    private static final Comparator<Review> NEWEST_FIRST =
            Comparator.comparing(Review::createdAt).thenComparing(review -> review.id().value()).reversed();

    private final Map<ReviewId, Stored> reviews = new LinkedHashMap<>();

    @Override
    public synchronized AddResult add(Review review, Instant windowClosesAt) {
        if (byJobAndAuthor(review.jobId(), review.authorId()).isPresent()) {
            return AddResult.ALREADY_REVIEWED;
        }
        reviews.put(review.id(), new Stored(review, windowClosesAt));
        return AddResult.ADDED;
    }

    @Override
    public synchronized Optional<Review> byId(ReviewId id) {
        return Optional.ofNullable(reviews.get(id)).map(Stored::review);
    }

    @Override
    public synchronized Optional<Review> byJobAndAuthor(JobId jobId, UserId authorId) {
        return all().map(Stored::review)
                .filter(review -> review.jobId().equals(jobId) && review.authorId().equals(authorId)).findFirst();
    }

    @Override
    public synchronized void update(Review review) {
        reviews.computeIfPresent(review.id(), (id, stored) -> new Stored(review, stored.windowClosesAt()));
    }

    @Override
    public synchronized boolean delete(ReviewId id) {
        return reviews.remove(id) != null;
    }

    @Override
    public synchronized Page<Review> revealedAbout(UserId subject, Instant now, PageRequest page) {
        return Pages.of(revealed(subject, now).sorted(NEWEST_FIRST).toList(), page);
    }

    @Override
    public synchronized RatingSummary summaryAbout(UserId subject, Instant now) {
        return RatingSummary.of(revealed(subject, now).map(Review::rating).toList());
    }

    @Override
    public synchronized Page<Review> byAuthor(UserId author, PageRequest page) {
        return Pages.of(all().map(Stored::review).filter(review -> review.authorId().equals(author))
                .sorted(NEWEST_FIRST).toList(), page);
    }

    private Stream<Review> revealed(UserId subject, Instant now) {
        return all().filter(stored -> stored.review().subjectId().equals(subject))
                .filter(stored -> stored.windowClosesAt().isBefore(now)
                        || byJobAndAuthor(stored.review().jobId(), subject).isPresent())
                .map(Stored::review);
    }

    private Stream<Stored> all() {
        return List.copyOf(reviews.values()).stream();
    }

    synchronized void removeJob(JobId jobId) {
        reviews.values().removeIf(stored -> stored.review().jobId().equals(jobId));
    }
}
