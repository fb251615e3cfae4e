package dev.callout.application.job;

import static dev.callout.application.job.JobWorld.ADMIN;
import static dev.callout.application.job.JobWorld.ALICE;
import static dev.callout.application.job.JobWorld.BOB;
import static dev.callout.application.job.JobWorld.PLUMBER;
import static dev.callout.application.job.JobWorld.TOWER;
import static dev.callout.application.job.JobWorld.TOWER_2;
import static dev.callout.application.job.JobWorld.ok;
import static dev.callout.application.job.JobWorld.towing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.Page;
import dev.callout.application.TransitionRunner;
import dev.callout.application.port.JobQuery;
import dev.callout.application.port.Jobs;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobEvent.JobAccepted;
import dev.callout.domain.job.JobEvent.JobPosted;
import dev.callout.domain.job.JobEvent.JobStatusChanged;
import dev.callout.domain.job.JobEvent.ProviderWithdrew;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Rejection;
import dev.callout.domain.job.TransitionOutcome;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JobLifecycleTest {

    private final JobWorld world = new JobWorld();

    @Test
    void theWholeLifeOfAJob() {
        Job job = world.posted(ALICE, towing());
        JobId id = job.id();
        Instant posted = world.clock.instant();

        world.clock.advance(Duration.ofMinutes(1));
        Instant acceptedAt = world.clock.instant();
        Job accepted = ok(world.acceptBy(TOWER, id));
        assertThat(accepted.status()).isEqualTo(JobStatus.ACCEPTED);
        assertThat(accepted.providerId()).isEqualTo(TOWER.id());
        assertThat(accepted.acceptedAt()).isEqualTo(acceptedAt);

        world.clock.advance(Duration.ofMinutes(1));
        Instant enRouteAt = world.clock.instant();
        assertThat(ok(world.changeBy(TOWER, id, JobStatus.EN_ROUTE)).status()).isEqualTo(JobStatus.EN_ROUTE);

        world.clock.advance(Duration.ofMinutes(20));
        Instant startedAt = world.clock.instant();
        assertThat(ok(world.changeBy(TOWER, id, JobStatus.IN_PROGRESS)).startedAt()).isEqualTo(startedAt);

        world.clock.advance(Duration.ofMinutes(45));
        Instant completedAt = world.clock.instant();
        Job completed = ok(world.changeBy(TOWER, id, JobStatus.COMPLETED));

        Job stored = world.stored(id);
        assertThat(stored.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(stored.completedAt()).isEqualTo(completedAt);
        assertThat(stored.startedAt()).isEqualTo(startedAt);
        assertThat(stored.acceptedAt()).isEqualTo(acceptedAt);
        assertThat(stored.createdAt()).isEqualTo(posted);
        assertThat(stored.updatedAt()).isEqualTo(completedAt);
        assertThat(stored.version()).isEqualTo(5); // stored at 1, then four updates
        assertThat(completed.status()).isEqualTo(JobStatus.COMPLETED);

        UserId customer = ALICE.id();
        UserId provider = TOWER.id();
        assertThat(world.outbox.events()).containsExactly(
                new JobPosted(id, customer, "towing", job.details().location(), job.details().urgency(), null, posted),
                new JobAccepted(id, customer, provider, acceptedAt),
                new JobStatusChanged(id, customer, provider, JobStatus.ACCEPTED, JobStatus.EN_ROUTE, Role.PROVIDER, null, enRouteAt),
                new JobStatusChanged(id, customer, provider, JobStatus.EN_ROUTE, JobStatus.IN_PROGRESS, Role.PROVIDER, null, startedAt),
                new JobStatusChanged(id, customer, provider, JobStatus.IN_PROGRESS, JobStatus.COMPLETED, Role.PROVIDER, null, completedAt));
    }

    @Test
    void anUnknownJobIsNotFound() {
        JobId unknown = new JobId("job_unknown");

        assertThat(world.acceptBy(TOWER, unknown)).isEqualTo(new JobResult.NotFound());
        assertThat(world.changeBy(TOWER, unknown, JobStatus.EN_ROUTE)).isEqualTo(new JobResult.NotFound());
        assertThat(world.cancelBy(ALICE, unknown, null)).isEqualTo(new JobResult.NotFound());
        assertThat(world.outbox.events()).isEmpty();
    }

    @Test
    void aStrangerIsRefusedAndNothingChanges() {
        JobId id = world.posted(ALICE, towing()).id();
        ok(world.acceptBy(TOWER, id));
        Job before = world.stored(id);
        List<DomainEvent> eventsBefore = world.outbox.events();
        world.clock.advance(Duration.ofMinutes(1));

        assertThat(world.cancelBy(BOB, id, "not mine")).isEqualTo(new JobResult.Refused(Rejection.NOT_A_PARTY));
        assertThat(world.changeBy(BOB, id, JobStatus.DISPUTED)).isEqualTo(new JobResult.Refused(Rejection.NOT_A_PARTY));
        assertThat(world.changeBy(TOWER_2, id, JobStatus.EN_ROUTE)).isEqualTo(new JobResult.Refused(Rejection.NOT_A_PARTY));
        assertThat(world.changeBy(PLUMBER, id, JobStatus.CANCELLED)).isEqualTo(new JobResult.Refused(Rejection.NOT_A_PARTY));

        assertThat(world.stored(id)).isEqualTo(before);
        assertThat(world.outbox.events()).isEqualTo(eventsBefore);
    }

    @Test
    void aJobIsDisputedOnlyWithItsDisputeRecordNeverByABareStatusChange() {
        JobId id = world.posted(ALICE, towing()).id();
        ok(world.acceptBy(TOWER, id));
        ok(world.changeBy(TOWER, id, JobStatus.IN_PROGRESS));
        Job before = world.stored(id);
        List<DomainEvent> eventsBefore = world.outbox.events();

        assertThat(world.changeBy(ALICE, id, JobStatus.DISPUTED)).isEqualTo(new JobResult.Refused(Rejection.ROLE_NOT_ALLOWED));
        assertThat(world.changeBy(TOWER, id, JobStatus.DISPUTED)).isEqualTo(new JobResult.Refused(Rejection.ROLE_NOT_ALLOWED));
        assertThat(world.changeBy(ADMIN, id, JobStatus.DISPUTED)).isEqualTo(new JobResult.Refused(Rejection.ROLE_NOT_ALLOWED));

        assertThat(world.stored(id)).isEqualTo(before);
        assertThat(world.outbox.events()).isEqualTo(eventsBefore);
    }

    @Test
    void theCustomerCancelsWithinTheWindowOnly() {
        JobId early = world.posted(ALICE, towing()).id();
        JobId late = world.posted(ALICE, towing()).id();
        ok(world.acceptBy(TOWER, early));
        ok(world.acceptBy(TOWER_2, late));

        world.clock.advance(world.cancellation.windowAfterAcceptance());
        Job cancelled = ok(world.cancelBy(ALICE, early, "changed my mind"));
        assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isEqualTo(world.clock.instant());
        assertThat(world.stored(early).cancellationReason()).isEqualTo("changed my mind");

        world.clock.advance(Duration.ofSeconds(1));
        Job before = world.stored(late);
        assertThat(world.cancelBy(ALICE, late, "too late")).isEqualTo(new JobResult.Refused(Rejection.CANCELLATION_WINDOW_EXPIRED));
        assertThat(world.stored(late)).isEqualTo(before);
        // an admin still can
        assertThat(ok(world.cancelBy(ADMIN, late, "support ticket")).status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void aWithdrawingProviderReopensTheJob() {
        JobId id = world.posted(ALICE, towing()).id();
        ok(world.acceptBy(TOWER, id));
        ok(world.changeBy(TOWER, id, JobStatus.EN_ROUTE));
        world.clock.advance(Duration.ofMinutes(10));

        Job reopened = ok(world.cancelBy(TOWER, id, "flat battery"));

        assertThat(reopened.status()).isEqualTo(JobStatus.REQUESTED);
        assertThat(world.stored(id).providerId()).isNull();
        assertThat(world.stored(id).excludedProviders()).containsExactly(TOWER.id());
        assertThat(world.outbox.events().getLast())
                .isEqualTo(new ProviderWithdrew(id, ALICE.id(), TOWER.id(), "flat battery", world.clock.instant()));
        assertThat(world.get.get(TOWER, id)).isEmpty();
        assertThat(world.get.get(TOWER_2, id)).isPresent();
        assertThat(world.acceptBy(TOWER, id)).isEqualTo(new JobResult.Refused(Rejection.PROVIDER_EXCLUDED));
        assertThat(ok(world.acceptBy(TOWER_2, id)).providerId()).isEqualTo(TOWER_2.id());
    }

    @Test
    void ofTwentyConcurrentAcceptsExactlyOneWins() throws Exception {
        JobId id = world.posted(ALICE, towing()).id();
        List<Actor> providers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            providers.add(Actor.provider(new UserId("usr_racer" + i), Set.of("towing")));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JobResult>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(providers.size())) {
            for (Actor provider : providers) {
                futures.add(executor.submit(() -> {
                    start.await();
                    return world.acceptBy(provider, id);
                }));
            }
            start.countDown();
            List<JobResult> results = new ArrayList<>();
            for (Future<JobResult> future : futures) {
                results.add(future.get());
            }

            List<JobResult.Ok> winners = results.stream()
                    .filter(JobResult.Ok.class::isInstance).map(JobResult.Ok.class::cast).toList();
            assertThat(winners).hasSize(1);
            assertThat(results).filteredOn(result -> !(result instanceof JobResult.Ok))
                    .hasSize(19)
                    .allSatisfy(result -> assertThat(result).isEqualTo(new JobResult.Refused(Rejection.ALREADY_TAKEN)));
            UserId winner = winners.getFirst().job().providerId();
            assertThat(world.stored(id).providerId()).isEqualTo(winner);
            assertThat(world.stored(id).version()).isEqualTo(2);
            assertThat(world.outbox.events()).filteredOn(JobAccepted.class::isInstance).singleElement()
                    .isEqualTo(new JobAccepted(id, ALICE.id(), winner, world.clock.instant()));
        }
    }

    @Test
    void anAcceptThatLosesARaceIsDecidedAgainOnTheFreshJob() {
        JobId id = world.posted(ALICE, towing()).id();
        // another node accepts between this accept's read and its write
        RacingJobs racing = new RacingJobs(world.jobs, () -> {
            Job fresh = world.jobs.byId(id).orElseThrow();
            TransitionOutcome.Transitioned taken = (TransitionOutcome.Transitioned) fresh.accept(TOWER_2, world.clock.instant());
            world.jobs.update(taken.job());
        });
        AcceptJobService accept = new AcceptJobService(racing, world.outbox, world.timeline, world.transactions, world.clock);

        JobResult result = accept.accept(new AcceptJobUseCase.AcceptJobCommand(TOWER, id));

        assertThat(result).isEqualTo(new JobResult.Refused(Rejection.ALREADY_TAKEN));
        assertThat(world.stored(id).providerId()).isEqualTo(TOWER_2.id());
        assertThat(world.outbox.events()).noneMatch(JobAccepted.class::isInstance);
    }

    @Test
    void aChangeThatKeepsLosingIsAConflictAndWritesNothing() {
        JobId id = world.posted(ALICE, towing()).id();
        ok(world.acceptBy(TOWER, id));
        // someone touches the job before every write
        RacingJobs racing = new RacingJobs(world.jobs, null);
        racing.always = () -> world.jobs.update(world.jobs.byId(id).orElseThrow());
        ChangeJobStatusService change = new ChangeJobStatusService(racing, world.outbox, world.timeline, world.transactions,
                world.clock, world.cancellation);
        int eventsBefore = world.outbox.events().size();

        JobResult result = change.change(new ChangeJobStatusUseCase.ChangeJobStatusCommand(TOWER, id, JobStatus.EN_ROUTE, null));

        assertThat(result).isEqualTo(new JobResult.Conflict());
        assertThat(world.stored(id).status()).isEqualTo(JobStatus.ACCEPTED);
        assertThat(world.outbox.events()).hasSize(eventsBefore);
        assertThat(racing.updates).isEqualTo(TransitionRunner.ATTEMPTS);
    }

    /** The real in-memory store, with another writer sneaking in just before this one writes. */
    private static final class RacingJobs implements Jobs {
        private final Jobs delegate;
        private Runnable once;
        Runnable always;
        int updates;

        RacingJobs(Jobs delegate, Runnable once) {
            this.delegate = delegate;
            this.once = once;
        }

        @Override
        public void add(Job job) {
            delegate.add(job);
        }

        @Override
        public Optional<Job> byId(JobId id) {
            return delegate.byId(id);
        }

        @Override
        public Optional<Job> byIdHeld(JobId id) {
            return delegate.byIdHeld(id);
        }

        @Override
        public UpdateResult update(Job job) {
            updates++;
            if (once != null) {
                Runnable race = once;
                once = null;
                race.run();
            }
            if (always != null) {
                always.run();
            }
            return delegate.update(job);
        }

        @Override
        public Page<Job> list(JobQuery query) {
            return delegate.list(query);
        }

        @Override
        public Optional<Job> activeFor(dev.callout.domain.user.UserId providerId) {
            return delegate.activeFor(providerId);
        }

        @Override
        public long completedBy(dev.callout.domain.user.UserId providerId) {
            return delegate.completedBy(providerId);
        }
    }
}
