package dev.callout.application.job;

import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.job.Rejection;
import java.time.Clock;

public final class AcceptJobService implements AcceptJobUseCase {

    private final JobTransitions transitions;

    public AcceptJobService(Jobs jobs, Outbox outbox, Transactions transactions, Clock clock) {
        this.transitions = new JobTransitions(jobs, outbox, transactions, clock);
    }

    @Override
    public JobResult accept(AcceptJobCommand command) {
        JobResult result = transitions.run(command.jobId(), (job, now) -> job.accept(command.provider(), now));
        // a job that kept changing under an accept has been taken by someone else
        return result instanceof JobResult.Conflict ? new JobResult.Refused(Rejection.ALREADY_TAKEN) : result;
    }
}
