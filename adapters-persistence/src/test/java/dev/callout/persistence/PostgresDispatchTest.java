package dev.callout.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.port.Timer;
import dev.callout.application.port.Timers;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.NearbySearch;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What only PostgreSQL can show: skipped locks, rollbacks, notifications after commit, the index. */
class PostgresDispatchTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Test
    void twoNodesClaimingAtOnceNeverGetTheSameTimerAndARollbackLeavesItDue() throws Exception {
        PostgresTimers timers = database.bean(PostgresTimers.class);
        PostgresTransactions transactions = database.bean(PostgresTransactions.class);
        Instant due = Instant.parse("2031-01-01T00:00:00Z");
        JobId job = ContractFixtures.jobId();
        timers.schedule(new Timer(Timer.Kind.STEP_ENDS, job, 1, 0, due));
        timers.schedule(new Timer(Timer.Kind.STEP_ENDS, job, 1, 1, due.plusSeconds(1)));

        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        AtomicReference<Optional<Timer>> first = new AtomicReference<>();
        Thread node1 = Thread.ofPlatform().start(() -> transactions.inTransaction(() -> {
            first.set(timers.claimDue(due.plusSeconds(5)).map(Timers.Claimed::timer));
            firstHolds.countDown();
            await(secondDone);
            return null;
        }));
        assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
        Optional<Timer> second = transactions.inTransaction(() -> timers.claimDue(due.plusSeconds(5)).map(Timers.Claimed::timer));
        secondDone.countDown();
        node1.join(10_000);

        assertThat(first.get()).map(Timer::step).contains(0);
        assertThat(second).as("the locked timer is skipped, not waited for").map(Timer::step).contains(1);

        timers.schedule(new Timer(Timer.Kind.START_DISPATCH, job, 0, 0, due));
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            assertThat(timers.claimDue(due)).isPresent();
            throw new IllegalStateException("the work failed");
        })).hasMessage("the work failed");
        assertThat(transactions.inTransaction(() -> timers.claimDue(due))).as("due again after the rollback")
                .map(claimed -> claimed.timer().kind()).contains(Timer.Kind.START_DISPATCH);
    }

    @Test
    void aPresenceReadInATransactionIsHeldSoAChangeMadeMeanwhileIsNotOverwritten() throws Exception {
        PostgresProviderPresences presences = database.bean(PostgresProviderPresences.class);
        PostgresTransactions transactions = database.bean(PostgresTransactions.class);
        User provider = ContractFixtures.provider(Set.of("towing"));
        database.bean(PostgresUsers.class).add(provider);
        Instant now = ContractFixtures.now();
        JobId job = ContractFixtures.jobId();
        presences.save(ProviderPresence.unknown(provider.id(), now).choosing(Availability.ONLINE, now).working(job, now));

        CountDownLatch firstRead = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        Thread jobDone = Thread.ofPlatform().start(() -> transactions.inTransaction(() -> {
            ProviderPresence read = presences.byProvider(provider.id()).orElseThrow();
            firstRead.countDown();
            await(secondStarted);
            awaitSomeoneWaitingForALock();
            presences.save(read.doneWith(job, now.plusSeconds(1)));
            return null;
        }));
        assertThat(firstRead.await(10, TimeUnit.SECONDS)).isTrue();
        Thread moved = Thread.ofPlatform().start(() -> transactions.inTransaction(() -> {
            secondStarted.countDown();
            ProviderPresence read = presences.byProvider(provider.id()).orElseThrow();
            presences.save(read.at(new GeoPoint(14.55, 121.02), now.plusSeconds(2)));
            return null;
        }));
        jobDone.join(10_000);
        moved.join(10_000);

        ProviderPresence stored = presences.byProvider(provider.id()).orElseThrow();
        assertThat(stored.activeJob()).as("the job's end is not overwritten by the position read before it").isNull();
        assertThat(stored.position()).isEqualTo(new GeoPoint(14.55, 121.02));
    }

    @Test
    void listenersHearCommittedEventsAndNothingThatRolledBack() throws Exception {
        PostgresLiveEvents live = database.bean(PostgresLiveEvents.class);
        PostgresTransactions transactions = database.bean(PostgresTransactions.class);
        PostgresOutbox outbox = database.bean(PostgresOutbox.class);
        BlockingQueue<LiveEvent> heard = new LinkedBlockingQueue<>();
        CountDownLatch woken = new CountDownLatch(1);
        live.listen(heard::add);
        live.onOutboxInsert(woken::countDown);
        User customer = ContractFixtures.customer();
        Job job = ContractFixtures.requested(customer.id(), "towing", ContractFixtures.now());
        awaitListening(live, heard);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            live.publish(new LiveEvent("provider.location", Map.of("job_id", "job_rolledback")));
            outbox.record(List.of(new JobEvent.JobAccepted(job.id(), customer.id(), new dev.callout.domain.user.UserId("usr_x"),
                    ContractFixtures.now())));
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);
        transactions.inTransaction(() -> {
            live.publish(new LiveEvent("provider.location", Map.of("job_id", job.id().value(), "lat", 14.5)));
            outbox.record(List.of(new JobEvent.JobAccepted(job.id(), customer.id(), new dev.callout.domain.user.UserId("usr_y"),
                    ContractFixtures.now())));
            return null;
        });

        LiveEvent location = heard.poll(10, TimeUnit.SECONDS);
        LiveEvent accepted = heard.poll(10, TimeUnit.SECONDS);
        assertThat(location).isNotNull();
        assertThat(location.type()).isEqualTo("provider.location");
        assertThat(location.fields()).containsEntry("job_id", job.id().value()).containsEntry("lat", 14.5);
        assertThat(accepted).isNotNull();
        assertThat(accepted.type()).isEqualTo("job.accepted");
        assertThat(accepted.fields()).containsEntry("provider_id", "usr_y").containsEntry("customer_id", customer.id().value());
        assertThat(woken.await(10, TimeUnit.SECONDS)).as("the relay is woken").isTrue();
        assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).as("nothing of the rollback").isNull();
    }

    @Test
    void aNodeWhoseListeningConnectionDropsCatchesUpOnTheEventsCommittedMeanwhileAndRepeatsNone() throws Exception {
        PostgresLiveEvents live = database.bean(PostgresLiveEvents.class);
        List<LiveEvent> heard = new CopyOnWriteArrayList<>();
        BlockingQueue<LiveEvent> probes = new LinkedBlockingQueue<>();
        live.listen(event -> (event.type().equals("probe") ? probes : heard).add(event));
        awaitListening(live, probes);
        String before = accepted();
        awaitHeard(heard, before);

        List<String> missed = new ArrayList<>();
        boolean committedUnheard = false;
        for (int attempt = 0; attempt < 5 && !committedUnheard; attempt++) {
            long pid = listener().orElseThrow(() -> new AssertionError("nobody listens"));
            assertThat(database.number("SELECT CASE WHEN pg_terminate_backend(?::int, 10000) THEN 1 ELSE 0 END", pid))
                    .as("the listening backend is gone").isEqualTo(1);
            missed.add(accepted());
            // the reconnect waits a second; if it was quicker, this event was heard live: try again
            committedUnheard = listener().isEmpty();
            awaitListener();
        }
        assertThat(committedUnheard).as("an event committed while no connection listened").isTrue();

        missed.forEach(job -> awaitHeard(heard, job));
        String after = accepted();
        awaitHeard(heard, after);
        List<String> mine = concat(before, missed, after);
        assertThat(heard).extracting(event -> (String) event.fields().get("job_id")).filteredOn(mine::contains)
                .as("each event once: none lost, none repeated by the catch-up").containsExactlyElementsOf(mine);
    }

    private static List<String> concat(String first, List<String> middle, String last) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(middle);
        all.add(last);
        return all;
    }

    /** Records a job.accepted event for a job of its own and returns the job's id. */
    private static String accepted() {
        JobId job = ContractFixtures.jobId();
        database.bean(PostgresTransactions.class).inTransaction(() -> {
            database.bean(PostgresOutbox.class).record(List.of(new JobEvent.JobAccepted(job,
                    new dev.callout.domain.user.UserId("usr_c"), new dev.callout.domain.user.UserId("usr_p"),
                    ContractFixtures.now())));
            return null;
        });
        return job.value();
    }

    private static Optional<Long> listener() {
        long pid = database.number("SELECT coalesce(max(pid), 0) FROM pg_stat_activity WHERE application_name = ? "
                + "AND datname = current_database()", PostgresLiveEvents.APPLICATION_NAME);
        return pid == 0 ? Optional.empty() : Optional.of(pid);
    }

    private static void awaitListener() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (listener().isEmpty()) {
            assertThat(System.nanoTime() - deadline).as("the node listens again").isNegative();
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private static void awaitHeard(List<LiveEvent> heard, String jobId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (heard.stream().noneMatch(event -> jobId.equals(event.fields().get("job_id")))) {
            assertThat(System.nanoTime() - deadline).as("the event of " + jobId + " is heard").isNegative();
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @Test
    void theNearbySearchWalksTheGistIndexNearestFirstRatherThanSortingTheRadius() throws Exception {
        NearbySearch search = new NearbySearch(new GeoPoint(14.55, 121.02), "plan_trade", 10, 20, Set.of(),
                Instant.now(), Duration.ofMinutes(5));
        String query = DSL.using(SQLDialect.POSTGRES).renderInlined(DSL.selectFrom(PostgresProviderPresences.nearestSpots(search)));
        StringBuilder plan = new StringBuilder();
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            // a city of one trade's providers and its statistics (rolled back after): the plan a real table gets
            connection.setAutoCommit(false);
            try {
                statement.execute("""
                        INSERT INTO users (id, role, name, email, password_hash, status, categories, created_at, updated_at)
                        SELECT 'usr_plan' || i, 'provider', 'Plan ' || i, 'plan' || i || '@plan.callout.dev', '!', 'active',
                               ARRAY['plan_trade'], now(), now()
                        FROM generate_series(1, 20000) AS i;
                        INSERT INTO provider_presence (provider_id, availability, lat, lng, position_at, updated_at)
                        SELECT 'usr_plan' || i, 'online', 14.40 + random() * 0.4, 120.90 + random() * 0.4, now(), now()
                        FROM generate_series(1, 20000) AS i;
                        INSERT INTO provider_spots (provider_id, category, source, lat, lng, position_at)
                        SELECT provider_id, 'plan_trade', 'live', lat, lng, position_at FROM provider_presence
                        WHERE provider_id LIKE 'usr_plan%';
                        ANALYZE provider_spots""");
                try (var rows = statement.executeQuery("EXPLAIN " + query)) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        assertThat(plan.toString()).as(plan.toString()).contains("Index Scan using provider_spots_position", "Order By")
                .doesNotContain("Bitmap", "Sort");
    }

    /** The listener connects on its own thread: publish probes until one is heard. */
    private static void awaitListening(PostgresLiveEvents live, BlockingQueue<LiveEvent> heard) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            live.publish(new LiveEvent("probe", Map.of()));
            LiveEvent probe = heard.poll(100, TimeUnit.MILLISECONDS);
            if (probe != null) {
                heard.clear();
                return;
            }
        }
        throw new AssertionError("the listener never started");
    }

    /** Until another transaction waits for a lock this one holds, or 5 s (then it reads unhindered). */
    private static void awaitSomeoneWaitingForALock() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (database.number("SELECT count(*) FROM pg_locks WHERE NOT granted") == 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
