package dev.callout.application.job;

import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.job.CancellationPolicy;
import dev.callout.domain.job.JobStatus;
import java.time.Clock;

public final class CancelJobService implements CancelJobUseCase {

    private final JobTransitions transitions;
    private final CancellationPolicy cancellation;

    public CancelJobService(Jobs jobs, Outbox outbox, Transactions transactions, Clock clock,
                            CancellationPolicy cancellation) {
        this.transitions = new JobTransitions(jobs, outbox, transactions, clock);
        this.cancellation = cancellation;
    }

    @Override
    public JobResult cancel(CancelJobCommand command) {
        return transitions.run(command.jobId(), (job, now) ->
                job.changeStatus(command.actor(), JobStatus.CANCELLED, command.reason(), now, cancellation));
    }
}
