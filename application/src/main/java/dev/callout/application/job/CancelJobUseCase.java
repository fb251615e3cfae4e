package dev.callout.application.job;

import dev.callout.application.FieldErrors;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import java.util.Objects;

/**
 * Cancels a job: the customer before acceptance or within the cancellation window after it;
 * the assigned provider before starting, which reopens the job without them; an admin any time
 * before completion.
 */
public interface CancelJobUseCase {

    JobResult cancel(CancelJobCommand command);

    record CancelJobCommand(Actor actor, JobId jobId, String reason) {
        public CancelJobCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(jobId, "jobId");
            new FieldErrors().freeText(reason, Job.MAX_REASON_LENGTH, "reason").throwIfAny();
        }
    }
}
