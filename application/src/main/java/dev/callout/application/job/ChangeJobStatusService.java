package dev.callout.application.job;

import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.job.CancellationPolicy;
import java.time.Clock;

public final class ChangeJobStatusService implements ChangeJobStatusUseCase {

    private final JobTransitions transitions;
    private final CancellationPolicy cancellation;

    public ChangeJobStatusService(Jobs jobs, Outbox outbox, Transactions transactions, Clock clock,
                                  CancellationPolicy cancellation) {
        this.transitions = new JobTransitions(jobs, outbox, transactions, clock);
        this.cancellation = cancellation;
    }

    @Override
    public JobResult change(ChangeJobStatusCommand command) {
        return transitions.run(command.jobId(), (job, now) ->
                job.changeStatus(command.actor(), command.target(), command.reason(), now, cancellation));
    }
}
