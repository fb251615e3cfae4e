package dev.callout.application.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.TestClock;
import dev.callout.application.file.FileLimits;
import dev.callout.application.inmemory.InMemoryCatalog;
import dev.callout.application.inmemory.InMemoryCategories;
import dev.callout.application.inmemory.InMemoryJobTimeline;
import dev.callout.application.inmemory.InMemoryJobViews;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryOrders;
import dev.callout.application.inmemory.InMemoryOutbox;
import dev.callout.application.inmemory.InMemoryStoredFiles;
import dev.callout.application.inmemory.InMemoryTransactions;
import dev.callout.application.port.JobQuery;
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
import dev.callout.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** The job use cases wired over the in-memory adapters, with a hand-moved clock. */
final class JobWorld {

    static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    static final Category TOWING = new Category("towing", "Towing", new PricingPolicy(Money.parse("500.00", "PHP"),
            Money.parse("50.00", "PHP"), 2_000, FeeRate.DEFAULT), true);
    static final Category PLUMBING = new Category("plumbing", "Plumbing", new PricingPolicy(Money.parse("300.00", "PHP"),
            Money.parse("0.00", "PHP"), 0, FeeRate.DEFAULT), false);
    static final Place MANILA = new Place(new GeoPoint(14.5995, 120.9842), "Rizal Park, Manila");
    static final Place MAKATI = new Place(new GeoPoint(14.5547, 121.0244), "Ayala Avenue, Makati");

    static final Actor ALICE = Actor.customer(new UserId("usr_alice"));
    static final Actor BOB = Actor.customer(new UserId("usr_bob"));
    static final Actor TOWER = Actor.provider(new UserId("usr_tower1"), Set.of("towing"));
    static final Actor TOWER_2 = Actor.provider(new UserId("usr_tower2"), Set.of("towing"));
    static final Actor PLUMBER = Actor.provider(new UserId("usr_plumber"), Set.of("plumbing"));
    static final Actor ADMIN = Actor.admin(new UserId("usr_admin"));

    final TestClock clock = new TestClock(T0);
    final TimeOrderedIds ids = new TimeOrderedIds(clock, new SplittableRandom(11));
    final InMemoryJobs jobs = new InMemoryJobs();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryJobTimeline timeline = new InMemoryJobTimeline();
    final InMemoryOrders orders = new InMemoryOrders();
    final InMemoryCatalog catalog = new InMemoryCatalog();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryCategories categories = new InMemoryCategories(List.of(TOWING, PLUMBING));
    final CancellationPolicy cancellation = CancellationPolicy.DEFAULT;

    final InMemoryStoredFiles files = new InMemoryStoredFiles();
    final PostJobService post = new PostJobService(categories, jobs, files, FileLimits.DEFAULT, outbox, timeline,
            transactions, clock, ids);
    final QuoteJobService quote = new QuoteJobService(categories);
    final AcceptJobService accept = new AcceptJobService(jobs, outbox, timeline, transactions, clock);
    final ChangeJobStatusService change = new ChangeJobStatusService(jobs, outbox, timeline, transactions, clock, cancellation);
    final CancelJobService cancel = new CancelJobService(jobs, outbox, timeline, transactions, clock, cancellation);
    final GetJobService get = new GetJobService(jobs, new InMemoryJobViews(jobs, orders, timeline, files));
    final OrderJobService order = new OrderJobService(catalog, orders, categories, jobs, files, FileLimits.DEFAULT, outbox,
            timeline, transactions, clock, ids, null);
    /** Orders that name no location are served at Makati. */
    final OrderJobService orderAtMakati = new OrderJobService(catalog, orders, categories, jobs, files, FileLimits.DEFAULT,
            outbox, timeline, transactions, clock, ids, MAKATI);
    final ListJobsService list = new ListJobsService(jobs);

    static JobRequest towing() {
        return new JobRequest("towing", "flat tyre", MANILA, MAKATI, Urgency.IMMEDIATE, null, null);
    }

    static JobRequest plumbing() {
        return new JobRequest("plumbing", "leaking sink", MANILA, null, Urgency.IMMEDIATE, null, null);
    }

    static JobRequest withBudget(String amount, String currency) {
        return new JobRequest("towing", "move a car", MANILA, null, Urgency.IMMEDIATE, null,
                new MoneyInput(new BigDecimal(amount), currency));
    }

    static Job ok(JobResult result) {
        assertThat(result).isInstanceOf(JobResult.Ok.class);
        return ((JobResult.Ok) result).job();
    }

    Job posted(Actor customer, JobRequest request) {
        return ok(post.post(new PostJobUseCase.PostJobCommand(customer, request)));
    }

    JobResult acceptBy(Actor provider, JobId id) {
        return accept.accept(new AcceptJobUseCase.AcceptJobCommand(provider, id));
    }

    JobResult changeBy(Actor actor, JobId id, JobStatus target) {
        return change.change(new ChangeJobStatusUseCase.ChangeJobStatusCommand(actor, id, target, null));
    }

    JobResult cancelBy(Actor actor, JobId id, String reason) {
        return cancel.cancel(new CancelJobUseCase.CancelJobCommand(actor, id, reason));
    }

    Job stored(JobId id) {
        return jobs.byId(id).orElseThrow();
    }

    long storedCount() {
        return jobs.list(new JobQuery(new JobQuery.Scope.All(), null, null, new PageRequest(1, 100))).total();
    }
}
