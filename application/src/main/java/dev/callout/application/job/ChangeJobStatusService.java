package dev.callout.application.job;

import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.job.CancellationPolicy;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Rejection;
import java.time.Clock;

/** Every status change of a job, accepting and cancelling included, runs through here; the job routes it. */
public final class ChangeJobStatusService implements ChangeJobStatusUseCase {

    private final JobTransitions transitions;
    private final CancellationPolicy cancellation;

    public ChangeJobStatusService(Jobs jobs, Outbox outbox, JobTimeline timeline, Transactions transactions, Clock clock,
                                  CancellationPolicy cancellation) {
        this.transitions = new JobTransitions(jobs, outbox, timeline, transactions, clock);
        this.cancellation = cancellation;
    }

    @Override
    public JobResult change(ChangeJobStatusCommand command) {
        JobResult result = transitions.run(command.jobId(), command.actor(), (job, now) ->
                job.changeStatus(command.actor(), command.target(), command.reason(), now, cancellation));
        // a job that kept changing under an accept has been taken by someone else
        return command.target() == JobStatus.ACCEPTED && result instanceof JobResult.Conflict
                ? new JobResult.Refused(Rejection.ALREADY_TAKEN) : result;
    }
}
