package dev.callout.application.job;

import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.job.CancellationPolicy;
import dev.callout.domain.job.JobStatus;
import java.time.Clock;

/** Accepting is the status change to accepted; the cancellation policy plays no part in it. */
public final class AcceptJobService implements AcceptJobUseCase {

    private final ChangeJobStatusService changes;

    public AcceptJobService(Jobs jobs, Outbox outbox, JobTimeline timeline, Transactions transactions, Clock clock) {
        this.changes = new ChangeJobStatusService(jobs, outbox, timeline, transactions, clock, CancellationPolicy.DEFAULT);
    }

    @Override
    public JobResult accept(AcceptJobCommand command) {
        return changes.change(new ChangeJobStatusCommand(command.provider(), command.jobId(), JobStatus.ACCEPTED, null));
    }
}
