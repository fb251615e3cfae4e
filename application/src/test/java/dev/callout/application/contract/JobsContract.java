package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.BGC;
import static dev.callout.application.contract.ContractFixtures.MAKATI;
import static dev.callout.application.contract.ContractFixtures.acceptedBy;
import static dev.callout.application.contract.ContractFixtures.at;
import static dev.callout.application.contract.ContractFixtures.budgetQuote;
import static dev.callout.application.contract.ContractFixtures.jobId;
import static dev.callout.application.contract.ContractFixtures.tariffQuote;
import static dev.callout.application.contract.ContractFixtures.withVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.JobQuery.Scope;
import dev.callout.application.port.JobQuery;
import dev.callout.application.port.Jobs.UpdateResult;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.NearbyJobs;
import dev.callout.application.port.Users;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.CancellationPolicy;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.job.TransitionOutcome;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.pricing.PriceBasis;
import dev.callout.domain.pricing.PriceQuote;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Jobs} store must do, run against the in-memory map and PostgreSQL alike.
 * Users are added first through {@link #users()} because a database may reference them.
 * A store under test must start empty for each test (list scopes over "all" count everything).
 */
public abstract class JobsContract {

    protected abstract Jobs jobs();

    protected abstract Users users();

    /** Open jobs near a point, over the same store as {@link #jobs()}. */
    protected abstract NearbyJobs nearbyJobs();

    /**
     * Empties the stores before each test; runs before any fixture is added. Stores that are
     * created fresh per test need not override it.
     */
    protected void emptyStores() {
    }

    private UserId customer;
    private UserId provider;
    private UserId otherProvider;

    @BeforeEach
    void addUsers() {
        emptyStores();
        customer = addUser(ContractFixtures.customer());
        provider = addUser(ContractFixtures.provider(Set.of("towing", "plumber")));
        otherProvider = addUser(ContractFixtures.provider(Set.of("towing")));
    }

    private UserId addUser(User user) {
        assertThat(users().add(user)).isEqualTo(Users.AddResult.ADDED);
        return user.id();
    }

    private Job stored(Job job) {
        jobs().add(job);
        return job;
    }

    private Job reread(JobId id) {
        return jobs().byId(id).orElseThrow(() -> new AssertionError("job " + id + " not found"));
    }

    // ---------------------------------------------------------------- a provider's active job

    @Test
    void a_providers_active_job_is_the_one_accepted_and_not_yet_finished() {
        assertThat(jobs().activeFor(provider)).isEmpty();
        stored(ContractFixtures.completed(customer, provider, "towing", at(0)));
        stored(ContractFixtures.requested(customer, "towing", at(10)));
        assertThat(jobs().activeFor(provider)).as("completed and open jobs are not active").isEmpty();

        Job accepted = stored(ContractFixtures.accepted(customer, provider, "towing", at(20)));
        stored(ContractFixtures.accepted(customer, otherProvider, "towing", at(30)));

        assertThat(jobs().activeFor(provider).map(Job::id)).contains(accepted.id());
        assertThat(jobs().activeFor(otherProvider).map(Job::id)).isPresent().get().isNotEqualTo(accepted.id());
    }

    @Test
    void the_active_jobs_of_many_providers_are_read_together_as_each_alone() {
        UserId idle = addUser(ContractFixtures.provider(Set.of("towing")));
        stored(ContractFixtures.accepted(customer, provider, "towing", at(10)));
        Job later = stored(ContractFixtures.accepted(customer, provider, "plumber", at(20)));
        Job others = stored(ContractFixtures.accepted(customer, otherProvider, "towing", at(30)));
        stored(ContractFixtures.completed(customer, idle, "towing", at(40)));

        assertThat(jobs().activeFor(List.of(provider, otherProvider, idle)))
                .as("the latest accepted of each, none for a provider without one")
                .containsOnly(Map.entry(provider, reread(later.id())), Map.entry(otherProvider, reread(others.id())));
        assertThat(jobs().activeFor(List.of())).isEmpty();
    }

    @Test
    void a_provider_has_completed_the_jobs_of_theirs_now_completed() {
        assertThat(jobs().completedBy(provider)).isZero();
        stored(ContractFixtures.completed(customer, provider, "towing", at(0)));
        stored(ContractFixtures.completed(customer, provider, "plumber", at(10)));
        stored(ContractFixtures.completed(customer, otherProvider, "towing", at(20)));
        stored(ContractFixtures.accepted(customer, provider, "towing", at(30)));
        Job disputed = stored(ContractFixtures.completed(customer, provider, "towing", at(40)));
        Actor customerActor = users().byId(customer).orElseThrow().asActor();
        Job read = reread(disputed.id());
        jobs().update(((TransitionOutcome.Transitioned) move(read, customerActor, JobStatus.DISPUTED, at(5_000))).job());

        assertThat(jobs().completedBy(provider)).as("not the accepted one, nor the one now disputed").isEqualTo(2);
        assertThat(jobs().completedBy(otherProvider)).isEqualTo(1);
        assertThat(jobs().completedBy(customer)).isZero();
    }

    // ---------------------------------------------------------------- add and read back

    @Test
    void a_requested_job_reads_back_with_every_field_and_version_1() {
        Job job = ContractFixtures.requested(customer, "repair", at(0));

        jobs().add(job);

        Job read = reread(job.id());
        assertThat(read).isEqualTo(withVersion(job, 1));
        assertThat(read.details().dropoff()).isNull();
        assertThat(read.details().scheduledAt()).isNull();
        assertThat(read.providerId()).isNull();
        assertThat(read.excludedProviders()).isEmpty();
    }

    @Test
    void a_job_read_to_be_held_reads_as_it_is_stored() {
        Job job = stored(ContractFixtures.requested(customer, "repair", at(0)));

        assertThat(jobs().byIdHeld(job.id())).contains(reread(job.id()));
        assertThat(jobs().byIdHeld(jobId())).isEmpty();
    }

    @Test
    void a_towing_job_keeps_its_dropoff_and_every_part_of_a_tariff_price() {
        JobDetails towing = new JobDetails("towing", "Sedan with a flat battery, needs a flatbed", MAKATI, BGC,
                Urgency.IMMEDIATE, null);
        Job job = Job.builder(jobId(), customer, towing, tariffQuote()).createdAt(at(5)).updatedAt(at(5)).build();

        jobs().add(job);

        Job read = reread(job.id());
        assertThat(read).isEqualTo(withVersion(job, 1));
        assertThat(read.details().dropoff()).isEqualTo(BGC);
        assertThat(read.price().distanceKm()).isEqualByComparingTo("4.321");
        assertThat(read.price().baseFare()).isEqualTo(ContractFixtures.php(150_000));
        assertThat(read.price().distanceCharge()).isEqualTo(ContractFixtures.php(34_568));
        assertThat(read.price().urgencySurcharge()).isEqualTo(ContractFixtures.php(36_914));
        assertThat(read.price().total()).isEqualTo(ContractFixtures.php(221_482));
        assertThat(read.price().platformFee()).isEqualTo(ContractFixtures.php(11_074));
        assertThat(read.price().providerNet()).isEqualTo(ContractFixtures.php(210_408));
        assertThat(read.price().feeBps()).isEqualTo(500);
    }

    @Test
    void a_job_offered_to_favourites_first_keeps_that_through_an_update() {
        JobDetails favoritesFirst = new JobDetails("plumber", "Leaking pipe under the sink", MAKATI, null,
                Urgency.IMMEDIATE, null, true);
        Job job = Job.builder(jobId(), customer, favoritesFirst, budgetQuote()).createdAt(at(5)).updatedAt(at(5)).build();

        jobs().add(job);
        assertThat(reread(job.id())).isEqualTo(withVersion(job, 1));
        assertThat(reread(job.id()).details().favoritesFirst()).isTrue();

        assertThat(jobs().update(acceptedBy(reread(job.id()), provider, at(60)))).isEqualTo(UpdateResult.UPDATED);
        assertThat(reread(job.id()).details().favoritesFirst()).isTrue();
        assertThat(reread(stored(ContractFixtures.requested(customer, "plumber", at(6))).id()).details().favoritesFirst())
                .isFalse();
    }

    @Test
    void a_gig_keeps_its_title_hours_and_images_in_order_through_an_update() {
        JobDetails gig = new JobDetails("moving_help", "Sofa and a dining table", MAKATI, null, Urgency.IMMEDIATE, null,
                false, "Help move furniture", 3, List.of("fil_b2", "fil_a1"));
        Job job = Job.builder(jobId(), customer, gig, budgetQuote()).createdAt(at(5)).updatedAt(at(5)).build();

        jobs().add(job);
        assertThat(reread(job.id())).isEqualTo(withVersion(job, 1));

        assertThat(jobs().update(acceptedBy(reread(job.id()), provider, at(60)))).isEqualTo(UpdateResult.UPDATED);
        JobDetails read = reread(job.id()).details();
        assertThat(read.title()).isEqualTo("Help move furniture");
        assertThat(read.durationHours()).isEqualTo(3);
        assertThat(read.imageFileIds()).containsExactly("fil_b2", "fil_a1");
        JobDetails plain = reread(stored(ContractFixtures.requested(customer, "plumber", at(6))).id()).details();
        assertThat(plain.title()).isNull();
        assertThat(plain.durationHours()).isNull();
        assertThat(plain.imageFileIds()).isEmpty();
    }

    private Job openAt(GeoPoint point, long totalMinor) {
        JobDetails details = new JobDetails("plumber", null, new Place(point, null), null, Urgency.IMMEDIATE, null);
        PriceQuote price = new PriceQuote(PriceBasis.BUDGET, BigDecimal.ZERO, ContractFixtures.php(0), ContractFixtures.php(0),
                ContractFixtures.php(0), new FeeRate(500).split(ContractFixtures.php(totalMinor)), 500);
        return stored(Job.builder(jobId(), customer, details, price).createdAt(at(1)).updatedAt(at(1)).build());
    }

    @Test
    void nearby_open_jobs_are_kept_by_their_total_within_the_budget_bounds_inclusive() {
        GeoPoint center = new GeoPoint(14.5547, 121.0244);
        Job cheap = openAt(center, 50_000);
        Job middle = openAt(new GeoPoint(14.5600, 121.0244), 150_000);
        Job dear = openAt(new GeoPoint(14.5650, 121.0244), 300_050);
        Function<NearbyJobs.Budget, List<JobId>> near = budget -> nearbyJobs()
                .openNear(center, 5, Set.of("plumber"), provider, budget, 10).stream().map(Job::id).toList();

        assertThat(near.apply(NearbyJobs.Budget.ANY)).containsExactly(cheap.id(), middle.id(), dear.id());
        assertThat(near.apply(new NearbyJobs.Budget(new BigDecimal("1000"), new BigDecimal("2000")))).containsExactly(middle.id());
        assertThat(near.apply(new NearbyJobs.Budget(null, new BigDecimal("1500.00")))).containsExactly(cheap.id(), middle.id());
        assertThat(near.apply(new NearbyJobs.Budget(new BigDecimal("3000.50"), null))).containsExactly(dear.id());
        assertThat(near.apply(new NearbyJobs.Budget(new BigDecimal("3000.51"), null))).isEmpty();
    }

    @Test
    void a_scheduled_job_with_a_budget_and_no_address_keeps_them() {
        JobDetails scheduled = new JobDetails("cleaning", null, new Place(new GeoPoint(14.6091, 121.0223), null), null,
                Urgency.SCHEDULED, at(86_400));
        Job job = Job.builder(jobId(), customer, scheduled, budgetQuote()).createdAt(at(10)).updatedAt(at(10)).build();

        jobs().add(job);

        Job read = reread(job.id());
        assertThat(read).isEqualTo(withVersion(job, 1));
        assertThat(read.details().scheduledAt()).isEqualTo(at(86_400));
        assertThat(read.details().description()).isNull();
        assertThat(read.details().location().address()).isNull();
        assertThat(read.price().total()).isEqualTo(ContractFixtures.php(95_050));
        assertThat(read.price().feeBps()).isEqualTo(750);
    }

    @Test
    void a_cancelled_job_keeps_its_provider_timestamps_reason_and_excluded_providers() {
        Job job = Job.builder(jobId(), customer, ContractFixtures.details("towing"), tariffQuote()).providerId(provider)
                .status(JobStatus.CANCELLED).excludedProviders(Set.of(otherProvider)).createdAt(at(0)).acceptedAt(at(60))
                .startedAt(at(600)).cancelledAt(at(700)).cancellationReason("Customer's car started after all")
                .updatedAt(at(700)).build();

        jobs().add(job);

        Job read = reread(job.id());
        assertThat(read).isEqualTo(withVersion(job, 1));
        assertThat(read.excludedProviders()).containsExactly(otherProvider);
        assertThat(read.acceptedAt()).isEqualTo(at(60));
        assertThat(read.startedAt()).isEqualTo(at(600));
        assertThat(read.cancelledAt()).isEqualTo(at(700));
        assertThat(read.cancellationReason()).isEqualTo("Customer's car started after all");
    }

    @Test
    void a_completed_job_keeps_its_completion_time() {
        Job job = ContractFixtures.completed(customer, provider, "plumber", at(0));

        jobs().add(job);

        assertThat(reread(job.id())).isEqualTo(withVersion(job, 1));
        assertThat(reread(job.id()).completedAt()).isEqualTo(at(4_000));
    }

    @Test
    void a_reopened_job_keeps_several_excluded_providers() {
        Job job = ContractFixtures.requestedExcluding(customer, "towing", at(0), Set.of(provider, otherProvider));

        jobs().add(job);

        assertThat(reread(job.id()).excludedProviders()).containsExactlyInAnyOrder(provider, otherProvider);
    }

    @Test
    void an_unknown_id_is_empty() {
        assertThat(jobs().byId(jobId())).isEmpty();
    }

    @Test
    void adding_the_same_id_twice_fails_and_keeps_the_first() {
        Job first = stored(ContractFixtures.requested(customer, "repair", at(0)));
        Job second = ContractFixtures.requested(first.id(), customer, "plumber", at(50));

        assertThatThrownBy(() -> jobs().add(second)).isInstanceOf(RuntimeException.class);

        assertThat(reread(first.id())).isEqualTo(withVersion(first, 1));
    }

    // ---------------------------------------------------------------- every state

    /**
     * Walks every move the domain makes, storing each result: a store that refuses a state the
     * domain reaches (as V3's provider check refused no_provider_found) fails here.
     */
    @Test
    void every_state_the_domain_reaches_is_stored_and_reads_back() {
        Actor customer = users().byId(this.customer).orElseThrow().asActor();
        Actor provider = users().byId(this.provider).orElseThrow().asActor();
        User adminUser = ContractFixtures.admin();
        addUser(adminUser);
        Actor admin = adminUser.asActor();
        Set<JobStatus> reached = EnumSet.noneOf(JobStatus.class);

        reached.addAll(walk(job -> job.expire(at(90))));
        reached.addAll(walk(job -> move(job, customer, JobStatus.CANCELLED, at(10))));
        reached.addAll(walk(job -> job.accept(provider, at(20)), job -> move(job, provider, JobStatus.CANCELLED, at(30)),
                job -> job.expire(at(120))));
        reached.addAll(walk(job -> job.accept(provider, at(20)), job -> move(job, customer, JobStatus.CANCELLED, at(30))));
        reached.addAll(walk(job -> job.accept(provider, at(20)), job -> move(job, provider, JobStatus.EN_ROUTE, at(30)),
                job -> move(job, provider, JobStatus.IN_PROGRESS, at(40)), job -> move(job, admin, JobStatus.CANCELLED, at(50))));
        reached.addAll(walk(job -> job.accept(provider, at(20)), job -> move(job, provider, JobStatus.IN_PROGRESS, at(30)),
                job -> move(job, provider, JobStatus.COMPLETED, at(40)), job -> move(job, customer, JobStatus.DISPUTED, at(50))));

        assertThat(reached).containsExactlyInAnyOrder(JobStatus.values());
    }

    private static TransitionOutcome move(Job job, Actor actor, JobStatus to, Instant at) {
        return job.changeStatus(actor, to, "a reason", at, CancellationPolicy.DEFAULT);
    }

    /** Posts a job, applies each move to the job as stored and stores the result; returns the states stored. */
    @SafeVarargs
    private Set<JobStatus> walk(Function<Job, TransitionOutcome>... moves) {
        Job posted = ContractFixtures.requested(customer, "towing", at(0));
        jobs().add(posted);
        Set<JobStatus> stored = EnumSet.of(JobStatus.REQUESTED);
        for (Function<Job, TransitionOutcome> move : moves) {
            Job read = reread(posted.id());
            TransitionOutcome outcome = move.apply(read);
            assertThat(outcome).as("from " + read.status()).isInstanceOf(TransitionOutcome.Transitioned.class);
            Job next = ((TransitionOutcome.Transitioned) outcome).job();
            assertThat(jobs().update(next)).as("storing " + next.status()).isEqualTo(UpdateResult.UPDATED);
            assertThat(reread(posted.id())).isEqualTo(withVersion(next, read.version() + 1));
            stored.add(next.status());
        }
        return stored;
    }

    // ---------------------------------------------------------------- conditional update

    @Test
    void an_update_at_the_version_read_succeeds_and_bumps_the_version() {
        Job posted = stored(ContractFixtures.requested(customer, "towing", at(0)));
        Job read = reread(posted.id());
        assertThat(read.version()).isEqualTo(1);
        Job taken = acceptedBy(read, provider, at(45));

        assertThat(jobs().update(taken)).isEqualTo(UpdateResult.UPDATED);

        Job after = reread(posted.id());
        assertThat(after.version()).isEqualTo(2);
        assertThat(after).isEqualTo(withVersion(taken, 2));
    }

    @Test
    void successive_updates_each_bump_the_version() {
        Job posted = stored(ContractFixtures.requested(customer, "towing", at(0)));
        Job v1 = reread(posted.id());
        assertThat(jobs().update(acceptedBy(v1, provider, at(45)))).isEqualTo(UpdateResult.UPDATED);
        Job v2 = reread(posted.id());
        Job enRoute = Job.builder(v2.id(), v2.customerId(), v2.details(), v2.price()).providerId(v2.providerId())
                .status(JobStatus.EN_ROUTE).excludedProviders(v2.excludedProviders()).createdAt(v2.createdAt())
                .acceptedAt(v2.acceptedAt()).updatedAt(at(90)).version(v2.version()).build();

        assertThat(jobs().update(enRoute)).isEqualTo(UpdateResult.UPDATED);

        assertThat(reread(posted.id())).isEqualTo(withVersion(enRoute, 3));
    }

    @Test
    void an_update_at_a_stale_version_is_refused_and_changes_nothing() {
        Job posted = stored(ContractFixtures.requested(customer, "towing", at(0)));
        Job read = reread(posted.id());
        assertThat(jobs().update(acceptedBy(read, provider, at(45)))).isEqualTo(UpdateResult.UPDATED);
        Job winner = reread(posted.id());

        UpdateResult late = jobs().update(acceptedBy(read, otherProvider, at(46)));

        assertThat(late).isEqualTo(UpdateResult.STALE);
        assertThat(reread(posted.id())).isEqualTo(winner);
        assertThat(winner.providerId()).isEqualTo(provider);
    }

    @Test
    void updating_a_job_that_was_never_added_is_stale_and_adds_nothing() {
        Job ghost = withVersion(ContractFixtures.requested(customer, "towing", at(0)), 1);

        assertThat(jobs().update(ghost)).isEqualTo(UpdateResult.STALE);

        assertThat(jobs().byId(ghost.id())).isEmpty();
    }

    @Test
    void of_two_concurrent_updates_from_the_same_read_exactly_one_wins() throws Exception {
        Job posted = stored(ContractFixtures.requested(customer, "towing", at(0)));
        Job read = reread(posted.id());
        List<Job> contenders = List.of(acceptedBy(read, provider, at(45)), acceptedBy(read, otherProvider, at(45)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<UpdateResult>> results = new ArrayList<>();
            for (Job contender : contenders) {
                Callable<UpdateResult> update = () -> {
                    start.await();
                    return jobs().update(contender);
                };
                results.add(pool.submit(update));
            }
            start.countDown();
            List<UpdateResult> outcomes = new ArrayList<>();
            for (Future<UpdateResult> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }

            assertThat(outcomes).containsExactlyInAnyOrder(UpdateResult.UPDATED, UpdateResult.STALE);
            Job winner = contenders.get(outcomes.indexOf(UpdateResult.UPDATED));
            assertThat(reread(posted.id())).isEqualTo(withVersion(winner, 2));
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- list

    private Page<Job> list(Scope scope, JobStatus status, String category, int page, int limit) {
        return jobs().list(new JobQuery(scope, status, category, new PageRequest(page, limit)));
    }

    private Page<Job> list(Scope scope) {
        return list(scope, null, null, 1, 100);
    }

    private static List<JobId> ids(Page<Job> page) {
        return page.items().stream().map(Job::id).toList();
    }

    @Nested
    class Listing {

        private UserId otherCustomer;
        private Job requestedTowing;      // open to provider
        private Job plumberExcluding;     // provider withdrew: hidden from them
        private Job electrician;          // category provider does not serve
        private Job cleaningAssigned;     // assigned to provider outside their categories
        private Job towingTakenByOther;   // someone else's
        private Job completedByProvider;  // provider's finished job
        private Job otherCustomersRepair; // another customer's open repair

        @BeforeEach
        void addJobs() {
            otherCustomer = addUser(ContractFixtures.customer());
            requestedTowing = stored(ContractFixtures.requested(customer, "towing", at(100)));
            plumberExcluding = stored(ContractFixtures.requestedExcluding(customer, "plumber", at(200), Set.of(provider)));
            electrician = stored(ContractFixtures.requested(customer, "electrician", at(300)));
            cleaningAssigned = stored(ContractFixtures.accepted(customer, provider, "cleaning", at(400)));
            towingTakenByOther = stored(ContractFixtures.accepted(otherCustomer, otherProvider, "towing", at(500)));
            completedByProvider = stored(ContractFixtures.completed(otherCustomer, provider, "plumber", at(600)));
            otherCustomersRepair = stored(ContractFixtures.requested(otherCustomer, "repair", at(700)));
        }

        @Test
        void orders_only_keeps_the_jobs_ordered_from_a_package_so_their_pages_are_full() {
            JobDetails details = new JobDetails("cleaning", null, new Place(new GeoPoint(14.5547, 121.0244), null), null,
                    Urgency.IMMEDIATE, null);
            PriceQuote packaged = new PriceQuote(PriceBasis.PACKAGE, BigDecimal.ZERO, ContractFixtures.php(0),
                    ContractFixtures.php(0), ContractFixtures.php(0), new FeeRate(500).split(ContractFixtures.php(120_000)), 500);
            Job older = stored(Job.builder(jobId(), customer, details, packaged).createdAt(at(50)).updatedAt(at(50)).build());
            Job newer = stored(Job.builder(jobId(), customer, details, packaged).createdAt(at(800)).updatedAt(at(800)).build());

            Page<Job> first = jobs().list(new JobQuery(new Scope.OfCustomer(customer), null, null, new PageRequest(1, 1), true));
            assertThat(ids(first)).containsExactly(newer.id());
            assertThat(first.total()).isEqualTo(2);
            assertThat(ids(jobs().list(new JobQuery(new Scope.OfCustomer(customer), null, null, new PageRequest(2, 1), true))))
                    .containsExactly(older.id());
            assertThat(ids(list(new Scope.OfCustomer(customer)))).contains(newer.id(), older.id(), requestedTowing.id());
        }

        @Test
        void a_customer_sees_only_their_own_jobs_newest_first() {
            Page<Job> page = list(new Scope.OfCustomer(customer));

            assertThat(ids(page)).containsExactly(cleaningAssigned.id(), electrician.id(), plumberExcluding.id(),
                    requestedTowing.id());
            assertThat(page.total()).isEqualTo(4);
            assertThat(page.items().getFirst()).isEqualTo(withVersion(cleaningAssigned, 1));
        }

        @Test
        void a_customer_with_no_jobs_sees_an_empty_page() {
            UserId newcomer = addUser(ContractFixtures.customer());

            Page<Job> page = list(new Scope.OfCustomer(newcomer));

            assertThat(page.items()).isEmpty();
            assertThat(page.total()).isZero();
        }

        @Test
        void a_provider_sees_their_jobs_and_open_jobs_in_their_categories_they_did_not_leave() {
            Page<Job> page = list(new Scope.OfProvider(provider, Set.of("towing", "plumber")));

            assertThat(ids(page)).containsExactly(completedByProvider.id(), cleaningAssigned.id(), requestedTowing.id());
            assertThat(page.total()).isEqualTo(3);
        }

        @Test
        void another_provider_sees_the_plumber_job_the_first_one_left() {
            UserId plumber = addUser(ContractFixtures.provider(Set.of("plumber")));

            Page<Job> page = list(new Scope.OfProvider(plumber, Set.of("plumber")));

            assertThat(ids(page)).containsExactly(plumberExcluding.id());
        }

        @Test
        void a_provider_with_no_categories_sees_only_jobs_assigned_to_them() {
            Page<Job> page = list(new Scope.OfProvider(otherProvider, Set.of()));

            assertThat(ids(page)).containsExactly(towingTakenByOther.id());
        }

        @Test
        void a_party_sees_the_jobs_they_posted_and_took_but_no_open_job_of_others() {
            UserId both = addUser(ContractFixtures.provider(Set.of("towing")));
            Job posted = stored(ContractFixtures.requested(both, "repair", at(800)));
            Job taken = stored(ContractFixtures.accepted(otherCustomer, both, "towing", at(900)));

            Page<Job> page = list(new Scope.OfParty(both));

            assertThat(ids(page)).containsExactly(taken.id(), posted.id());
            assertThat(page.total()).isEqualTo(2);
            assertThat(ids(list(new Scope.OfParty(provider)))).containsExactly(completedByProvider.id(), cleaningAssigned.id());
        }

        @Test
        void an_admin_sees_every_job_newest_first() {
            Page<Job> page = list(new Scope.All());

            assertThat(ids(page)).containsExactly(otherCustomersRepair.id(), completedByProvider.id(),
                    towingTakenByOther.id(), cleaningAssigned.id(), electrician.id(), plumberExcluding.id(),
                    requestedTowing.id());
            assertThat(page.total()).isEqualTo(7);
        }

        @Test
        void the_status_filter_narrows_every_scope() {
            assertThat(ids(list(new Scope.All(), JobStatus.REQUESTED, null, 1, 100))).containsExactly(
                    otherCustomersRepair.id(), electrician.id(), plumberExcluding.id(), requestedTowing.id());
            assertThat(ids(list(new Scope.OfCustomer(customer), JobStatus.ACCEPTED, null, 1, 100)))
                    .containsExactly(cleaningAssigned.id());
            assertThat(ids(list(new Scope.OfProvider(provider, Set.of("towing", "plumber")), JobStatus.REQUESTED, null, 1, 100)))
                    .containsExactly(requestedTowing.id());
            assertThat(list(new Scope.All(), JobStatus.DISPUTED, null, 1, 100).total()).isZero();
        }

        @Test
        void the_category_filter_narrows_every_scope() {
            assertThat(ids(list(new Scope.All(), null, "towing", 1, 100)))
                    .containsExactly(towingTakenByOther.id(), requestedTowing.id());
            assertThat(ids(list(new Scope.OfProvider(provider, Set.of("towing", "plumber")), null, "plumber", 1, 100)))
                    .containsExactly(completedByProvider.id());
            assertThat(ids(list(new Scope.OfCustomer(otherCustomer), null, "repair", 1, 100)))
                    .containsExactly(otherCustomersRepair.id());
        }

        @Test
        void status_and_category_filters_combine() {
            Page<Job> page = list(new Scope.All(), JobStatus.ACCEPTED, "towing", 1, 100);

            assertThat(ids(page)).containsExactly(towingTakenByOther.id());
            assertThat(page.total()).isEqualTo(1);
        }

        @Test
        void pages_are_cut_from_the_ordered_list_and_carry_the_total() {
            Scope all = new Scope.All();

            Page<Job> first = list(all, null, null, 1, 3);
            Page<Job> second = list(all, null, null, 2, 3);
            Page<Job> third = list(all, null, null, 3, 3);
            Page<Job> beyond = list(all, null, null, 4, 3);

            assertThat(ids(first)).containsExactly(otherCustomersRepair.id(), completedByProvider.id(), towingTakenByOther.id());
            assertThat(ids(second)).containsExactly(cleaningAssigned.id(), electrician.id(), plumberExcluding.id());
            assertThat(ids(third)).containsExactly(requestedTowing.id());
            assertThat(beyond.items()).isEmpty();
            assertThat(List.of(first.total(), second.total(), third.total(), beyond.total())).containsOnly(7L);
            assertThat(second.request()).isEqualTo(new PageRequest(2, 3));
        }

        @Test
        void jobs_created_at_the_same_instant_are_ordered_by_id_descending() {
            Instant tie = at(1_000);
            JobId lower = new JobId("job_" + ContractFixtures.unique());
            JobId higher = new JobId("job_" + ContractFixtures.unique());
            stored(ContractFixtures.requested(higher, otherCustomer, "moving_help", tie));
            stored(ContractFixtures.requested(lower, otherCustomer, "moving_help", tie));

            Page<Job> page = list(new Scope.OfCustomer(otherCustomer), null, "moving_help", 1, 10);

            assertThat(ids(page)).containsExactly(higher, lower);
        }

        @Test
        void an_update_shows_in_the_lists() {
            Job read = reread(requestedTowing.id());
            assertThat(jobs().update(acceptedBy(read, otherProvider, at(150)))).isEqualTo(UpdateResult.UPDATED);

            assertThat(ids(list(new Scope.OfProvider(provider, Set.of("towing", "plumber")))))
                    .doesNotContain(requestedTowing.id());
            assertThat(ids(list(new Scope.OfProvider(otherProvider, Set.of("towing")))))
                    .containsExactly(towingTakenByOther.id(), requestedTowing.id());
            assertThat(list(new Scope.OfCustomer(customer), JobStatus.ACCEPTED, null, 1, 10).items())
                    .extracting(Job::version).containsOnly(1L, 2L);
        }
    }
}
