package dev.callout.application.job;

import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.job.CancellationPolicy;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Rejection;
import dev.callout.domain.job.TransitionOutcome;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.time.Clock;

/**
 * Every status change of a job, accepting and cancelling included, runs through here; the job routes it. A job is
 * disputed only with its dispute record ({@code DisputesUseCase.raise}), never by a bare status change.
 */
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
        JobResult result = transitions.run(command.jobId(), command.actor(), (job, now) -> command.target() == JobStatus.DISPUTED
                ? disputeRecordNeeded(job, command.actor())
                : job.changeStatus(command.actor(), command.target(), command.reason(), now, cancellation));
        // a job that kept changing under an accept has been taken by someone else
        return command.target() == JobStatus.ACCEPTED && result instanceof JobResult.Conflict
                ? new JobResult.Refused(Rejection.ALREADY_TAKEN) : result;
    }

    private static TransitionOutcome disputeRecordNeeded(Job job, Actor actor) {
        return new TransitionOutcome.Rejected(actor.is(Role.ADMIN) || job.isParty(actor)
                ? Rejection.ROLE_NOT_ALLOWED : Rejection.NOT_A_PARTY);
    }
}
