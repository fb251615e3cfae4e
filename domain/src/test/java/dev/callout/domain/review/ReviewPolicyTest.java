package dev.callout.domain.review;

import static dev.callout.domain.review.CompletedJobs.ADMIN;
import static dev.callout.domain.review.CompletedJobs.CUSTOMER;
import static dev.callout.domain.review.CompletedJobs.PROVIDER;
import static dev.callout.domain.review.CompletedJobs.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.domain.id.TimeOrderedIds;
import dev.callout.domain.job.Job;
import dev.callout.domain.review.ReviewPolicy.Outcome;
import dev.callout.domain.review.ReviewPolicy.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReviewPolicyTest {

    private final ReviewPolicy policy = ReviewPolicy.DEFAULT;
    private final TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(CompletedJobs.T0, ZoneOffset.UTC), new Random(1));
    private final Job completed = CompletedJobs.completed();
    private final Instant justAfter = completed.completedAt().plusSeconds(60);

    private Review written(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Written.class);
        return ((Outcome.Written) outcome).review();
    }

    private Refusal refusal(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused) outcome).reason();
    }

    @Test
    void eachPartyReviewsTheOther() {
        Review byCustomer = written(policy.write(completed, CUSTOMER, false, 5, "quick and tidy", justAfter, ids));
        Review byProvider = written(policy.write(completed, PROVIDER, false, 4, null, justAfter, ids));
        assertThat(byCustomer.subjectId()).isEqualTo(PROVIDER.id());
        assertThat(byProvider.subjectId()).isEqualTo(CUSTOMER.id());
        assertThat(byCustomer.id().value()).startsWith("rev_");
        assertThat(byCustomer.createdAt()).isEqualTo(justAfter);
    }

    @Test
    void onlyPartiesOfACompletedJobWithinTheWindowAndOnlyOnce() {
        assertThat(refusal(policy.write(completed, STRANGER, false, 5, null, justAfter, ids))).isEqualTo(Refusal.NOT_A_PARTY);
        assertThat(refusal(policy.write(completed, ADMIN, false, 5, null, justAfter, ids))).isEqualTo(Refusal.NOT_A_PARTY);
        assertThat(refusal(policy.write(CompletedJobs.inProgress(), CUSTOMER, false, 5, null, justAfter, ids)))
                .isEqualTo(Refusal.JOB_NOT_COMPLETED);
        assertThat(refusal(policy.write(CompletedJobs.requested(), CUSTOMER, false, 5, null, justAfter, ids)))
                .isEqualTo(Refusal.JOB_NOT_COMPLETED);
        assertThat(refusal(policy.write(completed, CUSTOMER, true, 5, null, justAfter, ids))).isEqualTo(Refusal.ALREADY_REVIEWED);
        Instant late = completed.completedAt().plus(Duration.ofDays(7)).plusSeconds(1);
        assertThat(refusal(policy.write(completed, CUSTOMER, false, 5, null, late, ids))).isEqualTo(Refusal.REVIEW_WINDOW_CLOSED);
    }

    @Test
    void ratingsAreOneToFiveAndCommentsAtMostAThousandCharacters() {
        assertThatThrownBy(() -> policy.write(completed, CUSTOMER, false, 0, null, justAfter, ids))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.write(completed, CUSTOMER, false, 6, null, justAfter, ids))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.write(completed, CUSTOMER, false, 3, "x".repeat(1001), justAfter, ids))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(written(policy.write(completed, CUSTOMER, false, 3, "x".repeat(1000), justAfter, ids)).comment()).hasSize(1000);
    }

    @Test
    void onlyTheAuthorEditsAndOnlyWhileTheWindowIsOpen() {
        Review review = written(policy.write(completed, CUSTOMER, false, 2, "late", justAfter, ids));
        Instant later = justAfter.plusSeconds(3600);
        Review edited = written(policy.edit(review, completed, CUSTOMER, 4, "late but good", later));
        assertThat(edited.rating()).isEqualTo(4);
        assertThat(edited.updatedAt()).isEqualTo(later);
        assertThat(edited.createdAt()).isEqualTo(review.createdAt());
        assertThat(edited.id()).isEqualTo(review.id());
        assertThat(refusal(policy.edit(review, completed, PROVIDER, 1, "ha", later))).isEqualTo(Refusal.NOT_THE_AUTHOR);
        assertThat(refusal(policy.edit(review, completed, CUSTOMER, 1, "ha", justAfter.plus(Duration.ofDays(8)))))
                .isEqualTo(Refusal.REVIEW_WINDOW_CLOSED);
    }

    @Test
    void reviewsAreDoubleBlindUntilBothHaveReviewedOrTheWindowCloses() {
        Review byCustomer = written(policy.write(completed, CUSTOMER, false, 1, "never again", justAfter, ids));
        assertThat(policy.isVisible(byCustomer, completed, false, CUSTOMER.id(), justAfter)).as("author").isTrue();
        assertThat(policy.isVisible(byCustomer, completed, false, PROVIDER.id(), justAfter)).as("subject, blind").isFalse();
        assertThat(policy.isVisible(byCustomer, completed, false, STRANGER.id(), justAfter)).as("public, blind").isFalse();
        assertThat(policy.isVisible(byCustomer, completed, true, PROVIDER.id(), justAfter)).as("both reviewed").isTrue();
        Instant windowClosed = completed.completedAt().plus(Duration.ofDays(7)).plusSeconds(1);
        assertThat(policy.isVisible(byCustomer, completed, false, STRANGER.id(), windowClosed)).as("window closed").isTrue();
    }

    @Test
    void withoutDoubleBlindEveryReviewIsVisibleAtOnceAndOnlyTheWindowFixesIt() {
        ReviewPolicy atOnce = new ReviewPolicy(Duration.ofDays(7), false);
        Review byCustomer = written(atOnce.write(completed, CUSTOMER, false, 1, "never again", justAfter, ids));
        assertThat(atOnce.isVisible(byCustomer, completed, false, STRANGER.id(), justAfter)).isTrue();
        assertThat(atOnce.revealedAfter(completed)).isEqualTo(completed.completedAt());
        assertThat(atOnce.fixedByCounterpart()).isFalse();
        assertThat(policy.revealedAfter(completed)).isEqualTo(completed.completedAt().plus(Duration.ofDays(7)));
        assertThat(policy.fixedByCounterpart()).isTrue();
        assertThat(refusal(atOnce.edit(byCustomer, completed, CUSTOMER, 2, "hm", justAfter.plus(Duration.ofDays(8)))))
                .isEqualTo(Refusal.REVIEW_WINDOW_CLOSED);
    }

    @Test
    void theWindowIsPositive() {
        assertThatThrownBy(() -> new ReviewPolicy(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
