package dev.callout.application.dispute;

import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.user.Actor;
import java.util.Optional;

/** How a dispute's refund reaches the job's payment. */
public interface DisputeRefunds {

    /** What may still be refunded on the job's payment; empty when nothing was paid through the platform. */
    Optional<Money> refundable(JobId jobId);

    /**
     * Refunds {@code amount} of the job's payment for the dispute. Idempotent per dispute: a retry
     * after a crash does not refund twice.
     */
    RefundOutcome refund(Actor admin, DisputeId disputeId, JobId jobId, Money amount, String note);

    sealed interface RefundOutcome {
        record Refunded(String refundId) implements RefundOutcome {
        }

        record Failed(String code, String message) implements RefundOutcome {
        }
    }
}
