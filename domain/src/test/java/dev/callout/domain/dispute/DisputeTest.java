package dev.callout.domain.dispute;

import static dev.callout.domain.review.CompletedJobs.ADMIN;
import static dev.callout.domain.review.CompletedJobs.CUSTOMER;
import static dev.callout.domain.review.CompletedJobs.PROVIDER;
import static dev.callout.domain.review.CompletedJobs.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.dispute.Dispute.Outcome;
import dev.callout.domain.dispute.Dispute.Refusal;
import dev.callout.domain.job.Job;
import dev.callout.domain.money.Money;
import dev.callout.domain.review.CompletedJobs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisputeTest {

    private static final DisputeId ID = new DisputeId("dsp_01JDQTEST0000000000000000");
    private static final Duration WINDOW = Duration.ofDays(3);
    private final Job completed = CompletedJobs.completed();
    private final Instant soon = completed.completedAt().plusSeconds(600);

    private static Dispute done(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done) outcome).dispute();
    }

    private static Refusal refusal(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused) outcome).reason();
    }

    private Dispute open() {
        return done(Dispute.raise(ID, completed, CUSTOMER, "left the leak", List.of("fil_1"), false, WINDOW, soon));
    }

    @Test
    void eitherPartyRaisesOneAboutWorkInProgressOrRecentlyCompleted() {
        Dispute dispute = open();
        assertThat(dispute.status()).isEqualTo(DisputeStatus.OPEN);
        assertThat(dispute.raisedBy()).isEqualTo(CUSTOMER.id());
        assertThat(dispute.evidenceFileIds()).containsExactly("fil_1");
        assertThat(done(Dispute.raise(ID, CompletedJobs.inProgress(), PROVIDER, "customer absent", List.of(), false,
                WINDOW, soon)).raisedBy()).isEqualTo(PROVIDER.id());
    }

    @Test
    void strangersLateComersSecondDisputesAndUnstartedJobsAreRefused() {
        assertThat(refusal(Dispute.raise(ID, completed, STRANGER, "?", List.of(), false, WINDOW, soon))).isEqualTo(Refusal.NOT_A_PARTY);
        assertThat(refusal(Dispute.raise(ID, completed, ADMIN, "?", List.of(), false, WINDOW, soon))).isEqualTo(Refusal.NOT_A_PARTY);
        assertThat(refusal(Dispute.raise(ID, completed, CUSTOMER, "again", List.of(), true, WINDOW, soon)))
                .isEqualTo(Refusal.DISPUTE_ALREADY_EXISTS);
        Instant late = completed.completedAt().plus(WINDOW).plusSeconds(1);
        assertThat(refusal(Dispute.raise(ID, completed, CUSTOMER, "late", List.of(), false, WINDOW, late)))
                .isEqualTo(Refusal.JOB_NOT_DISPUTABLE);
        assertThat(refusal(Dispute.raise(ID, CompletedJobs.requested(), CUSTOMER, "early", List.of(), false, WINDOW, soon)))
                .isEqualTo(Refusal.JOB_NOT_DISPUTABLE);
    }

    @Test
    void anAdminReviewsThenResolvesAndTheDecisionIsKept() {
        Dispute reviewing = done(open().startReview(ADMIN, soon.plusSeconds(60)));
        assertThat(reviewing.status()).isEqualTo(DisputeStatus.UNDER_REVIEW);
        assertThat(refusal(reviewing.startReview(ADMIN, soon))).isEqualTo(Refusal.INVALID_TRANSITION);

        Money paid = Money.parse("840.00", "PHP");
        Dispute resolved = done(reviewing.resolve(ADMIN, Resolution.PARTIAL_REFUND, Money.parse("420.00", "PHP"),
                "half the work was done", paid, soon.plusSeconds(120)));
        assertThat(resolved.status()).isEqualTo(DisputeStatus.RESOLVED);
        assertThat(resolved.refundAmount()).isEqualTo(Money.parse("420.00", "PHP"));
        assertThat(resolved.decidedBy()).isEqualTo(ADMIN.id());
        assertThat(resolved.decisionNote()).isEqualTo("half the work was done");
        assertThat(resolved.resolvedAt()).isEqualTo(soon.plusSeconds(120));
        assertThat(refusal(resolved.resolve(ADMIN, Resolution.NO_ACTION, null, "again", paid, soon)))
                .isEqualTo(Refusal.INVALID_TRANSITION);
    }

    @Test
    void onlyAdminsDecide() {
        assertThat(refusal(open().startReview(CUSTOMER, soon))).isEqualTo(Refusal.ROLE_NOT_ALLOWED);
        assertThat(refusal(open().resolve(PROVIDER, Resolution.NO_ACTION, null, null, null, soon)))
                .isEqualTo(Refusal.ROLE_NOT_ALLOWED);
    }

    @Test
    void refundsAreBoundedByWhatWasPaid() {
        Money paid = Money.parse("840.00", "PHP");
        assertThat(done(open().resolve(ADMIN, Resolution.FULL_REFUND, null, null, paid, soon)).refundAmount()).isEqualTo(paid);
        assertThat(refusal(open().resolve(ADMIN, Resolution.FULL_REFUND, null, null, null, soon))).isEqualTo(Refusal.NOTHING_TO_REFUND);
        assertThat(refusal(open().resolve(ADMIN, Resolution.PARTIAL_REFUND, null, null, paid, soon)))
                .isEqualTo(Refusal.REFUND_AMOUNT_REQUIRED);
        assertThat(refusal(open().resolve(ADMIN, Resolution.PARTIAL_REFUND, Money.parse("840.01", "PHP"), null, paid, soon)))
                .isEqualTo(Refusal.REFUND_EXCEEDS_PAYMENT);
        assertThat(refusal(open().resolve(ADMIN, Resolution.PARTIAL_REFUND, Money.parse("1.00", "EUR"), null, paid, soon)))
                .isEqualTo(Refusal.REFUND_EXCEEDS_PAYMENT);
        Dispute warned = done(open().resolve(ADMIN, Resolution.PROVIDER_WARNING, null, "be on time", paid, soon));
        assertThat(warned.refundAmount()).isNull();
        assertThat(warned.reviewStartedAt()).isEqualTo(soon);
    }
}
