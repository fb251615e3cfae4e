package dev.callout.application.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.Page;
import dev.callout.application.TestClock;
import dev.callout.application.background.FailedWork;
import dev.callout.application.background.RetryPolicy;
import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.event.DispatchEventCodec;
import dev.callout.application.event.EventCodecs;
import dev.callout.application.event.EventRelay;
import dev.callout.application.event.JobEventCodec;
import dev.callout.application.file.FileLimits;
import dev.callout.application.inmemory.InMemoryStoredFiles;
import dev.callout.application.inmemory.InMemoryCategories;
import dev.callout.application.inmemory.InMemoryDeadLetterMetrics;
import dev.callout.application.inmemory.InMemoryDeadLetters;
import dev.callout.application.inmemory.InMemoryDispatchRounds;
import dev.callout.application.inmemory.InMemoryFavorites;
import dev.callout.application.inmemory.InMemoryJobTimeline;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryLiveEvents;
import dev.callout.application.inmemory.InMemoryOutbox;
import dev.callout.application.inmemory.InMemoryProviderPresences;
import dev.callout.application.inmemory.InMemoryReviews;
import dev.callout.application.inmemory.InMemoryTimers;
import dev.callout.application.inmemory.InMemoryTransactions;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.application.job.AcceptJobService;
import dev.callout.application.job.AcceptJobUseCase.AcceptJobCommand;
import dev.callout.application.job.CancelJobService;
import dev.callout.application.job.CancelJobUseCase.CancelJobCommand;
import dev.callout.application.job.ChangeJobStatusService;
import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.PostJobService;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.port.JobQuery;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.presence.SetAvailabilityService;
import dev.callout.application.presence.SetBaseLocationService;
import dev.callout.application.presence.SetBaseLocationUseCase.SetBaseLocationCommand;
import dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand;
import dev.callout.application.presence.UpdateLocationService;
import dev.callout.application.presence.UpdateLocationUseCase.UpdateLocationCommand;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.dispatch.DispatchPolicy;
import dev.callout.domain.dispatch.SpeedModel;
import dev.callout.domain.favorite.Favorite;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.id.TimeOrderedIds;
import dev.callout.domain.job.CancellationPolicy;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Dispatch over the in-memory adapters with a hand-moved clock: what a deployment wires, minus
 * the threads. {@link #settle()} plays the relay and the timer loop until nothing is left to do.
 */
final class DispatchWorld {

    static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    static final GeoPoint MAKATI = new GeoPoint(14.5547, 121.0244);
    static final Category PLUMBER = new Category("plumber", "Plumber", new PricingPolicy(Money.parse("700.00", "PHP"),
            Money.parse("0.00", "PHP"), 2_000, FeeRate.DEFAULT), false);
    static final Category TOWING = new Category("towing", "Towing", new PricingPolicy(Money.parse("1500.00", "PHP"),
            Money.parse("80.00", "PHP"), 2_000, FeeRate.DEFAULT), true);
    static final DispatchPolicy POLICY = new DispatchPolicy(2, List.of(3.0, 6.0, 12.0), Duration.ofSeconds(30),
            Duration.ofMinutes(30), Duration.ofMinutes(5));
    /** Three attempts, 1 s then 2 s apart. */
    static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(2));

    final TestClock clock = new TestClock(T0);
    final TimeOrderedIds ids = new TimeOrderedIds(clock, new SplittableRandom(7));
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryJobs jobs = new InMemoryJobs();
    final InMemoryLiveEvents live = new InMemoryLiveEvents();
    final EventCodecs codecs = new EventCodecs(List.of(new JobEventCodec(), new DispatchEventCodec()));
    final InMemoryOutbox outbox = new InMemoryOutbox(live, codecs);
    final InMemoryJobTimeline timeline = new InMemoryJobTimeline();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryCategories categories = new InMemoryCategories(List.of(PLUMBER, TOWING));
    final InMemoryReviews reviews = new InMemoryReviews();
    final InMemoryProviderPresences presences = new InMemoryProviderPresences(users, reviews);
    final InMemoryFavorites favorites = new InMemoryFavorites();
    final InMemoryDispatchRounds rounds = new InMemoryDispatchRounds();
    final InMemoryTimers timers = new InMemoryTimers();
    final SpeedModelEtas etas = new SpeedModelEtas(SpeedModel.METRO_MANILA);
    final List<LiveEvent> frames = new CopyOnWriteArrayList<>();

    final PostJobService post = new PostJobService(categories, jobs, new InMemoryStoredFiles(), FileLimits.DEFAULT, outbox,
            timeline, transactions, clock, ids);
    final AcceptJobService accept = new AcceptJobService(jobs, outbox, timeline, transactions, clock);
    final ChangeJobStatusService change = new ChangeJobStatusService(jobs, outbox, timeline, transactions, clock,
            CancellationPolicy.DEFAULT);
    final CancelJobService cancel = new CancelJobService(jobs, outbox, timeline, transactions, clock, CancellationPolicy.DEFAULT);
    final SetAvailabilityService availability = new SetAvailabilityService(presences, transactions, clock);
    final UpdateLocationService location = new UpdateLocationService(presences, jobs, live, etas, transactions, clock);
    final SetBaseLocationService baseLocation = new SetBaseLocationService(presences, transactions, clock);
    /** Jobs whose stored changes fail, as a database refusing them would. */
    final Set<JobId> unwritable = ConcurrentHashMap.newKeySet();
    final Dispatcher dispatcher;
    final TrackProviderWork work = new TrackProviderWork(presences, jobs, transactions, clock);
    final InMemoryDeadLetters deadLetters = new InMemoryDeadLetters(timers, outbox);
    final InMemoryDeadLetterMetrics metrics = new InMemoryDeadLetterMetrics();
    final FailedWork failures = new FailedWork(RETRIES, ids, metrics);
    final EventRelay relay;
    final RunDueTimers due;

    private final class UnwritableJobs implements Jobs {
        @Override
        public void add(Job job) {
            jobs.add(job);
        }

        @Override
        public Optional<Job> byId(JobId id) {
            return jobs.byId(id);
        }

        @Override
        public Optional<Job> byIdHeld(JobId id) {
            return jobs.byIdHeld(id);
        }

        @Override
        public UpdateResult update(Job job) {
            if (unwritable.contains(job.id())) {
                throw new IllegalStateException("new row for relation \"jobs\" violates check constraint");
            }
            return jobs.update(job);
        }

        @Override
        public Page<Job> list(JobQuery query) {
            return jobs.list(query);
        }

        @Override
        public Optional<Job> activeFor(UserId providerId) {
            return jobs.activeFor(providerId);
        }

        @Override
        public long completedBy(UserId providerId) {
            return jobs.completedBy(providerId);
        }
    }

    DispatchWorld() {
        this(POLICY);
    }

    DispatchWorld(DispatchPolicy policy) {
        dispatcher = new Dispatcher(new UnwritableJobs(), presences, favorites, rounds, timers, outbox, timeline, etas,
                transactions, clock, policy);
        relay = new EventRelay(outbox, List.of(dispatcher, work), clock, EventRelay.Settings.DEFAULT, failures);
        due = new RunDueTimers(timers, dispatcher, transactions, clock, failures);
        live.listen(frames::add);
    }

    /** Delivers pending events and fires due timers until neither has work. */
    void settle() {
        while (relay.relayDue() + due.runDue() > 0) {
            // each round may cause more events or timers
        }
    }

    void advance(Duration duration) {
        clock.advance(duration);
        settle();
    }

    Actor customer() {
        User customer = ContractFixtures.customer();
        users.add(customer);
        return customer.asActor();
    }

    /** An approved provider, online at {@code kmNorth} km north of Makati. */
    Actor providerAt(double kmNorth, String... categories) {
        User provider = ContractFixtures.provider(Set.of(categories));
        users.add(provider);
        Actor actor = provider.asActor();
        availability.set(new SetAvailabilityCommand(actor, Availability.ONLINE));
        moveTo(actor, kmNorth);
        return actor;
    }

    /** An approved provider, online, working from a base {@code kmNorth} km north of Makati and sending no position. */
    Actor providerBasedAt(double kmNorth, String... categories) {
        User provider = ContractFixtures.provider(Set.of(categories));
        users.add(provider);
        Actor actor = provider.asActor();
        availability.set(new SetAvailabilityCommand(actor, Availability.ONLINE));
        baseLocation.set(new SetBaseLocationCommand(actor, new Place(north(kmNorth), "Poblacion, Makati")));
        return actor;
    }

    void moveTo(Actor provider, double kmNorth) {
        location.update(new UpdateLocationCommand(provider, north(kmNorth)));
    }

    static GeoPoint north(double km) {
        return new GeoPoint(MAKATI.lat() + km / 111.195, MAKATI.lng());
    }

    Job postImmediate(Actor customer) {
        return ok(post.post(new PostJobCommand(customer, new JobRequest("plumber", "leaking pipe",
                new Place(MAKATI, "Ayala Ave"), null, Urgency.IMMEDIATE, null, null))));
    }

    Job postFavoritesFirst(Actor customer) {
        return ok(post.post(new PostJobCommand(customer, new JobRequest("plumber", "leaking pipe",
                new Place(MAKATI, "Ayala Ave"), null, Urgency.IMMEDIATE, null, null, true))));
    }

    void favour(Actor customer, Actor... providers) {
        for (Actor provider : providers) {
            favorites.add(new Favorite(Favorite.nextId(ids), customer.id(), provider.id(), null, clock.instant()));
        }
    }

    Job postScheduled(Actor customer, Instant at) {
        return ok(post.post(new PostJobCommand(customer, new JobRequest("plumber", "install a heater",
                new Place(MAKATI, "Ayala Ave"), null, Urgency.SCHEDULED, at, null))));
    }

    JobResult acceptBy(Actor provider, JobId job) {
        return accept.accept(new AcceptJobCommand(provider, job));
    }

    JobResult move(Actor actor, JobId job, JobStatus status) {
        return status == JobStatus.CANCELLED ? cancel.cancel(new CancelJobCommand(actor, job, "changed plans"))
                : change.change(new ChangeJobStatusCommand(actor, job, status, null));
    }

    List<DispatchEvent.JobOffered> offers(JobId job) {
        return outbox.events().stream().filter(DispatchEvent.JobOffered.class::isInstance)
                .map(DispatchEvent.JobOffered.class::cast).filter(offer -> offer.jobId().equals(job)).toList();
    }

    List<DispatchEvent.OfferWithdrawn> withdrawals(JobId job) {
        return outbox.events().stream().filter(DispatchEvent.OfferWithdrawn.class::isInstance)
                .map(DispatchEvent.OfferWithdrawn.class::cast).filter(withdrawn -> withdrawn.jobId().equals(job)).toList();
    }

    Job stored(JobId id) {
        return jobs.byId(id).orElseThrow();
    }

    static Job ok(JobResult result) {
        assertThat(result).isInstanceOf(JobResult.Ok.class);
        return ((JobResult.Ok) result).job();
    }
}
