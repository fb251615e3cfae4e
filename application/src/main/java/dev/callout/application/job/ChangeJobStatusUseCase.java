package dev.callout.application.job;

import dev.callout.application.FieldErrors;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.Actor;
import java.util.Objects;

/** A party moves a job along its life: en route, in progress, completed, disputed. */
public interface ChangeJobStatusUseCase {

    JobResult change(ChangeJobStatusCommand command);

    record ChangeJobStatusCommand(Actor actor, JobId jobId, JobStatus target, String reason) {
        public ChangeJobStatusCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(jobId, "jobId");
            new FieldErrors()
                    .require(target != null, "status", "is required")
                    .freeText(reason, Job.MAX_REASON_LENGTH, "reason")
                    .throwIfAny();
        }
    }
}
