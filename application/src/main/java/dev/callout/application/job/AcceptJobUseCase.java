package dev.callout.application.job;

import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import java.util.Objects;

/** A provider takes an open job. The first accept wins; the others get ALREADY_TAKEN. */
public interface AcceptJobUseCase {

    JobResult accept(AcceptJobCommand command);

    record AcceptJobCommand(Actor provider, JobId jobId) {
        public AcceptJobCommand {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(jobId, "jobId");
        }
    }
}
