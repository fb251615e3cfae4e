package dev.callout.domain.job;

import static dev.callout.domain.job.JobFixtures.ADMIN;
import static dev.callout.domain.job.JobFixtures.CUSTOMER;
import static dev.callout.domain.job.JobFixtures.OTHER_CUSTOMER;
import static dev.callout.domain.job.JobFixtures.PLUMBER;
import static dev.callout.domain.job.JobFixtures.PROVIDER;
import static dev.callout.domain.job.JobFixtures.PROVIDER_2;
import static dev.callout.domain.job.JobFixtures.T0;
import static dev.callout.domain.job.JobFixtures.WINDOW;
import static dev.callout.domain.job.JobFixtures.posted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of commands by random actors never break the job's invariants (the
 * constructor would throw), and every change that succeeds is an edge of the allowed graph.
 */
class JobStateMachinePropertiesTest {

    private static final List<Actor> PROVIDERS = List.of(PROVIDER, PROVIDER_2, PLUMBER);
    private static final List<Actor> ACTORS = List.of(CUSTOMER, OTHER_CUSTOMER, PROVIDER, PROVIDER_2, PLUMBER, ADMIN);

    private static final Map<JobStatus, Set<JobStatus>> ALLOWED = Map.of(
            JobStatus.REQUESTED, EnumSet.of(JobStatus.ACCEPTED, JobStatus.CANCELLED, JobStatus.NO_PROVIDER_FOUND),
            JobStatus.ACCEPTED, EnumSet.of(JobStatus.EN_ROUTE, JobStatus.IN_PROGRESS, JobStatus.CANCELLED, JobStatus.REQUESTED),
            JobStatus.EN_ROUTE, EnumSet.of(JobStatus.IN_PROGRESS, JobStatus.CANCELLED, JobStatus.REQUESTED),
            JobStatus.IN_PROGRESS, EnumSet.of(JobStatus.COMPLETED, JobStatus.DISPUTED, JobStatus.CANCELLED),
            JobStatus.COMPLETED, EnumSet.of(JobStatus.DISPUTED),
            JobStatus.CANCELLED, EnumSet.noneOf(JobStatus.class),
            JobStatus.DISPUTED, EnumSet.noneOf(JobStatus.class),
            JobStatus.NO_PROVIDER_FOUND, EnumSet.noneOf(JobStatus.class));

    sealed interface Command {
        Duration advance();

        TransitionOutcome applyTo(Job job, Instant now);

        Actor actor();
    }

    record Accept(Actor actor, Duration advance) implements Command {
        @Override
        public TransitionOutcome applyTo(Job job, Instant now) {
            return job.accept(actor, now);
        }
    }

    /** Dispatch giving up; the actor is nobody's, it only labels the command. */
    record Expire(Actor actor, Duration advance) implements Command {
        @Override
        public TransitionOutcome applyTo(Job job, Instant now) {
            return job.expire(now);
        }
    }

    record Change(Actor actor, JobStatus target, String reason, Duration advance) implements Command {
        @Override
        public TransitionOutcome applyTo(Job job, Instant now) {
            return job.changeStatus(actor, target, reason, now, WINDOW);
        }
    }

    @Provide
    Arbitrary<List<Command>> commands() {
        // durations straddle the five-minute cancellation window
        Arbitrary<Duration> advance = Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.longs().between(0, 120)),
                        Tuple.of(1, Arbitraries.longs().between(121, 3_600)))
                .map(Duration::ofSeconds);
        Arbitrary<Command> accept = Combinators.combine(Arbitraries.of(PROVIDERS), advance).as(Accept::new);
        // parties act more often than strangers, so that long lives happen too
        Arbitrary<Actor> actor = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(CUSTOMER)), Tuple.of(6, Arbitraries.just(PROVIDER)),
                Tuple.of(1, Arbitraries.just(ADMIN)), Tuple.of(2, Arbitraries.of(ACTORS)));
        Arbitrary<Command> change = Combinators.combine(actor, Arbitraries.of(JobStatus.class),
                Arbitraries.of("reason", null), advance).as(Change::new);
        Arbitrary<Command> expire = advance.map(duration -> new Expire(ADMIN, duration));
        return Arbitraries.frequencyOf(Tuple.of(4, accept), Tuple.of(12, change), Tuple.of(1, expire))
                .list().ofMaxSize(30);
    }

    @Property(tries = 5_000)
    void noSequenceOfCommandsReachesAnIllegalState(@ForAll("commands") List<Command> commands) {
        Job job = posted();
        Instant now = T0;
        EnumSet<JobStatus> reached = EnumSet.of(job.status());

        for (Command command : commands) {
            now = now.plus(command.advance());
            Job before = job;
            Job snapshot = before.toBuilder().build();

            TransitionOutcome outcome = command.applyTo(before, now);

            assertThat(before).as("a command never changes the job it was given").isEqualTo(snapshot);
            switch (outcome) {
                case TransitionOutcome.Rejected rejected -> {
                    assertThat(rejected.reason()).isNotNull();
                }
                case TransitionOutcome.Transitioned done -> {
                    Job after = done.job();
                    checkEdge(before, after, command);
                    checkTimestamps(before, after, now);
                    assertThat(done.events()).isNotEmpty();
                    for (JobEvent event : done.events()) {
                        assertThat(event.jobId()).isEqualTo(before.id());
                        assertThat(event.occurredAt()).isEqualTo(now);
                    }
                    job = after;
                    reached.add(after.status());
                    Statistics.label("edges").collect(before.status() + " -> " + after.status());
                }
            }
            if (job.providerId() != null) {
                assertThat(job.excludedProviders()).doesNotContain(job.providerId());
            }
        }
        reached.forEach(status -> Statistics.label("reached").collect(status));
        Statistics.label("edges").coverage(coverage -> ALLOWED.forEach((from, targets) -> targets.forEach(
                to -> coverage.check(from + " -> " + to).count(count -> count > 0))));
    }

    private static void checkEdge(Job before, Job after, Command command) {
        JobStatus from = before.status();
        JobStatus to = after.status();
        assertThat(ALLOWED.get(from)).as("%s -> %s by %s", from, to, command).contains(to);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.customerId()).isEqualTo(before.customerId());
        assertThat(after.details()).isEqualTo(before.details());
        assertThat(after.price()).isEqualTo(before.price());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.excludedProviders()).containsAll(before.excludedProviders());
        Actor actor = command.actor();
        if (command instanceof Expire) {
            assertThat(from).isEqualTo(JobStatus.REQUESTED);
            assertThat(to).isEqualTo(JobStatus.NO_PROVIDER_FOUND);
            assertThat(after.providerId()).isNull();
            return;
        }
        assertThat(to).as("no user makes the system's move").isNotEqualTo(JobStatus.NO_PROVIDER_FOUND);
        switch (to) {
            case ACCEPTED -> {
                assertThat(actor.role()).isEqualTo(Role.PROVIDER);
                assertThat(actor.categories()).contains(before.details().category());
                assertThat(before.excludedProviders()).doesNotContain(actor.id());
                assertThat(after.providerId()).isEqualTo(actor.id());
            }
            case EN_ROUTE, IN_PROGRESS, COMPLETED -> {
                assertThat(actor.id()).isEqualTo(before.providerId());
                assertThat(after.providerId()).isEqualTo(before.providerId());
            }
            case REQUESTED -> {
                // the assigned provider withdrew before starting
                assertThat(actor.id()).isEqualTo(before.providerId());
                assertThat(after.providerId()).isNull();
                assertThat(after.excludedProviders()).contains(actor.id());
            }
            case CANCELLED -> {
                switch (actor.role()) {
                    case CUSTOMER -> {
                        assertThat(actor.id()).isEqualTo(before.customerId());
                        assertThat(from).isIn(JobStatus.REQUESTED, JobStatus.ACCEPTED);
                    }
                    case ADMIN -> assertThat(from.isClosed()).isFalse();
                    case PROVIDER -> throw new AssertionError("a provider cancelling reopens the job instead");
                }
                assertThat(after.providerId()).isEqualTo(before.providerId());
            }
            case DISPUTED -> {
                assertThat(actor.role()).isNotEqualTo(Role.ADMIN);
                assertThat(before.isParty(actor)).isTrue();
            }
        }
        if (from == JobStatus.ACCEPTED && to == JobStatus.CANCELLED && actor.is(Role.CUSTOMER)) {
            assertThat(WINDOW.customerMayCancel(before.acceptedAt(), after.cancelledAt())).isTrue();
        }
    }

    private static void checkTimestamps(Job before, Job after, Instant now) {
        assertThat(after.updatedAt()).isEqualTo(now);
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        switch (after.status()) {
            case ACCEPTED -> assertThat(after.acceptedAt()).isEqualTo(before.status() == JobStatus.REQUESTED ? now : before.acceptedAt());
            case IN_PROGRESS -> assertThat(after.startedAt()).isEqualTo(now);
            case COMPLETED -> assertThat(after.completedAt()).isEqualTo(now);
            case CANCELLED -> assertThat(after.cancelledAt()).isEqualTo(now);
            case REQUESTED -> assertThat(after.acceptedAt()).isNull();
            case EN_ROUTE, DISPUTED -> assertThat(after.acceptedAt()).isEqualTo(before.acceptedAt());
            case NO_PROVIDER_FOUND -> assertThat(after.acceptedAt()).isNull();
        }
    }

    @Property(tries = 300)
    void terminalStatesNeverChange(@ForAll("commands") List<Command> commands) {
        Job cancelled = JobFixtures.ok(posted().changeStatus(CUSTOMER, JobStatus.CANCELLED, null, T0, WINDOW));
        Job accepted = JobFixtures.ok(posted().accept(PROVIDER, T0));
        Job started = JobFixtures.ok(accepted.changeStatus(PROVIDER, JobStatus.IN_PROGRESS, null, T0, WINDOW));
        Job disputed = JobFixtures.ok(started.changeStatus(CUSTOMER, JobStatus.DISPUTED, null, T0, WINDOW));
        Job expired = JobFixtures.ok(posted().expire(T0));
        Instant now = T0;
        for (Command command : commands) {
            now = now.plus(command.advance());
            assertThat(command.applyTo(cancelled, now)).isInstanceOf(TransitionOutcome.Rejected.class);
            assertThat(command.applyTo(disputed, now)).isInstanceOf(TransitionOutcome.Rejected.class);
            assertThat(command.applyTo(expired, now)).isInstanceOf(TransitionOutcome.Rejected.class);
        }
    }
}
