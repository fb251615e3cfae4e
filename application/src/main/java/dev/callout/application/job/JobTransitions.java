package dev.callout.application.job;

import dev.callout.application.TransitionRunner;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.TransitionOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Runs one command against a stored job: read it, let the domain decide, write the result
 * conditionally on the version read, record the events. When another write won the race the
 * command is decided again on the fresh job, so a losing accept sees ALREADY_TAKEN.
 */
final class JobTransitions {

    private final Jobs jobs;
    private final Outbox outbox;
    private final TransitionRunner runner;
    private final Clock clock;

    JobTransitions(Jobs jobs, Outbox outbox, Transactions transactions, Clock clock) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.runner = new TransitionRunner(transactions);
        this.clock = clock;
    }

    JobResult run(JobId id, BiFunction<Job, Instant, TransitionOutcome> command) {
        return runner.run(() -> attempt(id, command)).orElseGet(JobResult.Conflict::new);
    }

    private Optional<JobResult> attempt(JobId id, BiFunction<Job, Instant, TransitionOutcome> command) {
        Optional<Job> current = jobs.byId(id);
        if (current.isEmpty()) {
            return Optional.of(new JobResult.NotFound());
        }
        return switch (command.apply(current.get(), clock.instant())) {
            case TransitionOutcome.Rejected rejected -> Optional.of(new JobResult.Refused(rejected.reason()));
            case TransitionOutcome.Transitioned done -> switch (jobs.update(done.job())) {
                case STALE -> Optional.empty();
                case UPDATED -> {
                    outbox.record(done.events());
                    yield Optional.of(new JobResult.Ok(done.job()));
                }
            };
        };
    }
}
