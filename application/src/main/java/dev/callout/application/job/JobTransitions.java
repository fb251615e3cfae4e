package dev.callout.application.job;

import dev.callout.application.TransitionRunner;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.job.TransitionOutcome;
import dev.callout.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Runs one command against a stored job: read it, let the domain decide, write the result
 * conditionally on the version read, record the events and the timeline entry. When another write
 * won the race the command is decided again on the fresh job, so a losing accept sees ALREADY_TAKEN.
 * {@link #write} is the one write of a moved job, so every transition reaches the timeline.
 */
public final class JobTransitions {

    private final Jobs jobs;
    private final Outbox outbox;
    private final JobTimeline timeline;
    private final TransitionRunner runner;
    private final Clock clock;

    public JobTransitions(Jobs jobs, Outbox outbox, JobTimeline timeline, Transactions transactions, Clock clock) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.timeline = timeline;
        this.runner = new TransitionRunner(transactions);
        this.clock = clock;
    }

    JobResult run(JobId id, Actor actor, BiFunction<Job, Instant, TransitionOutcome> command) {
        return runner.run(() -> attempt(id, actor, command)).orElseGet(JobResult.Conflict::new);
    }

    /**
     * Writes a moved job if it is still at the version it was read at, and with it its events and
     * the steps {@code actor} (null: the system) made; inside the caller's transaction.
     */
    public Jobs.UpdateResult write(TransitionOutcome.Transitioned done, Actor actor) {
        Jobs.UpdateResult result = jobs.update(done.job());
        if (result == Jobs.UpdateResult.UPDATED) {
            outbox.record(done.events());
            timeline.record(TimelineEntry.of(done.events(), actor));
        }
        return result;
    }

    private Optional<JobResult> attempt(JobId id, Actor actor, BiFunction<Job, Instant, TransitionOutcome> command) {
        Optional<Job> current = jobs.byId(id);
        if (current.isEmpty()) {
            return Optional.of(new JobResult.NotFound());
        }
        return switch (command.apply(current.get(), clock.instant())) {
            case TransitionOutcome.Rejected rejected -> Optional.of(new JobResult.Refused(rejected.reason()));
            case TransitionOutcome.Transitioned done -> switch (write(done, actor)) {
                case STALE -> Optional.empty();
                case UPDATED -> Optional.of(new JobResult.Ok(done.job()));
            };
        };
    }
}
