package dev.callout.application.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.Page;
import dev.callout.application.TestClock;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryLedger;
import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.payment.PaymentResult;
import dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand;
import dev.callout.application.port.JobQuery;
import dev.callout.application.port.Jobs;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.DispatchEvent.JobOffered;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CalloutCoreTest {

    private static final Category PLUMBER = new Category("plumber", "Plumber", new PricingPolicy(
            Money.parse("700.00", "PHP"), Money.parse("0.00", "PHP"), 2_000, FeeRate.DEFAULT), false);
    private static final GeoPoint MAKATI = new GeoPoint(14.5547, 121.0244);

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final AtomicInteger jobsAdded = new AtomicInteger();
    private final CalloutCore core = CalloutCore.builder(clock).categories(List.of(PLUMBER)).ledger(ledger)
            .jobs(new CountedJobs()).build();
    private final Actor customer = core.addAccount(Role.CUSTOMER, "Maria Santos", "maria@example.ph", Set.of());
    private final Actor provider = core.addAccount(Role.PROVIDER, "Jose Reyes", "jose@example.ph", Set.of("plumber"));

    @Test
    void aJobLivesItsWholeLifeAndIsPaidWithTheSwappedPortsInPlace() {
        core.setAvailability().set(new SetAvailabilityCommand(provider, Availability.ONLINE));
        core.updateLocation().update(new UpdateLocationCommand(provider, new GeoPoint(14.5600, 121.0244)));
        Job job = ok(core.postJob().post(new PostJobCommand(customer, new JobRequest("plumber", "leaking pipe",
                new Place(MAKATI, "Ayala Ave"), null, Urgency.IMMEDIATE, null, null))));

        assertThat(core.runDueWork()).as("the posted event was relayed to dispatch").isPositive();
        assertThat(core.events().events()).filteredOn(JobOffered.class::isInstance).map(e -> ((JobOffered) e).providerId())
                .containsExactly(provider.id());
        assertThat(core.runDueWork()).as("nothing is left once the work ran").isZero();

        for (JobStatus next : List.of(JobStatus.ACCEPTED, JobStatus.EN_ROUTE, JobStatus.IN_PROGRESS, JobStatus.COMPLETED)) {
            job = ok(core.changeJobStatus().change(new ChangeJobStatusCommand(provider, job.id(), next, null)));
            core.runDueWork();
        }
        PaymentResult paid = core.createPayment().create(new CreatePaymentCommand(customer, job.id(), PaymentMethod.CARD, null));
        core.runDueWork();

        Payment payment = core.paymentQueries().get(customer, ((PaymentResult.Ok) paid).payment().id()).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(jobsAdded).as("the swapped jobs store took the post").hasValue(1);
        assertThat(core.getJob().view(customer, job.id()).orElseThrow().timeline()).map(TimelineEntry::status)
                .containsExactly(JobStatus.REQUESTED, JobStatus.ACCEPTED, JobStatus.EN_ROUTE, JobStatus.IN_PROGRESS,
                        JobStatus.COMPLETED);
        assertThat(ledger.forJob(job.id()).stream().mapToLong(entry -> entry.amount().minor()).sum()).isZero();
        assertThat(ledger.earnings(provider.id(), null, null).stream().mapToLong(e -> e.totalEarned().minor()).sum())
                .isEqualTo(payment.split().net().minor());
    }

    @Test
    void aScheduledJobIsOfferedOnlyOnceTheEmbedderMovesTimeToItsLeadTime() {
        core.setAvailability().set(new SetAvailabilityCommand(provider, Availability.ONLINE));
        Instant at = clock.instant().plus(Duration.ofHours(3));
        ok(core.postJob().post(new PostJobCommand(customer, new JobRequest("plumber", "install a heater",
                new Place(MAKATI, "Ayala Ave"), null, Urgency.SCHEDULED, at, null))));
        core.runDueWork();
        assertThat(core.events().events()).noneMatch(JobOffered.class::isInstance);

        clock.advance(Duration.ofHours(3));
        core.updateLocation().update(new UpdateLocationCommand(provider, new GeoPoint(14.5600, 121.0244)));
        assertThat(core.runDueWork()).isPositive();

        assertThat(core.events().events()).filteredOn(JobOffered.class::isInstance).hasSize(1);
    }

    /** The in-memory store, counting the jobs added through it. */
    private final class CountedJobs implements Jobs {
        private final InMemoryJobs stored = new InMemoryJobs();

        @Override
        public void add(Job job) {
            jobsAdded.incrementAndGet();
            stored.add(job);
        }

        @Override
        public Optional<Job> byId(JobId id) {
            return stored.byId(id);
        }

        @Override
        public Optional<Job> byIdHeld(JobId id) {
            return stored.byIdHeld(id);
        }

        @Override
        public UpdateResult update(Job job) {
            return stored.update(job);
        }

        @Override
        public Page<Job> list(JobQuery query) {
            return stored.list(query);
        }

        @Override
        public Optional<Job> activeFor(UserId providerId) {
            return stored.activeFor(providerId);
        }

        @Override
        public long completedBy(UserId providerId) {
            return stored.completedBy(providerId);
        }
    }

    private static Job ok(JobResult result) {
        assertThat(result).isInstanceOf(JobResult.Ok.class);
        return ((JobResult.Ok) result).job();
    }
}
