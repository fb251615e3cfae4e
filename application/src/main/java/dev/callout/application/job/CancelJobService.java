package dev.callout.application.job;

import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.job.CancellationPolicy;
import dev.callout.domain.job.JobStatus;
import java.time.Clock;

/** Cancelling is the status change to cancelled. */
public final class CancelJobService implements CancelJobUseCase {

    private final ChangeJobStatusService changes;

    public CancelJobService(Jobs jobs, Outbox outbox, JobTimeline timeline, Transactions transactions, Clock clock,
                            CancellationPolicy cancellation) {
        this.changes = new ChangeJobStatusService(jobs, outbox, timeline, transactions, clock, cancellation);
    }

    @Override
    public JobResult cancel(CancelJobCommand command) {
        return changes.change(new ChangeJobStatusCommand(command.actor(), command.jobId(), JobStatus.CANCELLED,
                command.reason()));
    }
}
