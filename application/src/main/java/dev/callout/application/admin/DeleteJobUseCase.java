package dev.callout.application.admin;

import dev.callout.application.FieldErrors;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import java.util.Objects;

/**
 * An admin deletes a job for moderation, for good: its messages, photos, offers, dispatch, timers,
 * reviews, dispute and notifications go with it in one transaction, and the audit log keeps who,
 * when and (when given) why. A job that money touched (any payment, whatever its status, or ledger entry) is
 * kept: the payment is the record of what the gateway holds, and the ledger never forgets; under the policy
 * {@code callout.payments.deletion-releases-holds} a payment that took no money is cancelled (its hold released) and
 * deleted with the job, and only captured money keeps it. The
 * parties' sockets get {@code job.deleted}; providers holding an offer get it withdrawn.
 */
public interface DeleteJobUseCase {

    int MAX_REASON_LENGTH = 500;

    DeleteResult delete(DeleteJobCommand command);

    record DeleteJobCommand(Actor admin, JobId jobId, String reason) {
        public DeleteJobCommand {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(jobId, "jobId");
            new FieldErrors().freeText(reason, MAX_REASON_LENGTH, "reason").throwIfAny();
            reason = reason == null || reason.isBlank() ? null : reason.strip();
        }
    }

    sealed interface DeleteResult {
        /** Gone, with what it was. */
        record Deleted(Job job) implements DeleteResult {
        }

        record NotFound() implements DeleteResult {
        }

        /** The caller is not an admin. */
        record Forbidden() implements DeleteResult {
        }

        /** Money moved for the job: a payment or a ledger entry names it (with the policy: money was captured). */
        record HasPayments() implements DeleteResult {
        }

        /** The job's hold is being released but the gateway has not confirmed it yet: the job is kept for now. */
        record ReleasePending() implements DeleteResult {
        }
    }
}
