package dev.callout.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callout.application.file.FileLimits;
import dev.callout.application.inmemory.Pbkdf2PasswordHasher;
import dev.callout.application.job.AcceptJobService;
import dev.callout.application.job.AcceptJobUseCase.AcceptJobCommand;
import dev.callout.application.job.JobRequest;
import dev.callout.application.job.JobResult;
import dev.callout.application.job.PostJobService;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.application.port.Users.AddResult;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.id.TimeOrderedIds;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.job.Place;
import dev.callout.domain.job.Rejection;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fifty providers accept one towing job at the same moment against the real database: one wins. */
class FirstAcceptWinsTest {

    private static final int PROVIDERS = 50;

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Test
    void exactly_one_of_fifty_concurrent_accepts_wins() throws Exception {
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
        TimeOrderedIds ids = new TimeOrderedIds(clock, new SecureRandom());
        Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1000);
        PostgresUsers users = database.bean(PostgresUsers.class);
        PostgresJobs jobs = database.bean(PostgresJobs.class);
        PostgresOutbox outbox = database.bean(PostgresOutbox.class);
        PostgresJobTimeline timeline = database.bean(PostgresJobTimeline.class);
        PostgresTransactions transactions = database.bean(PostgresTransactions.class);
        PostJobService post = new PostJobService(database.bean(PostgresCategories.class), jobs,
                database.bean(PostgresStoredFiles.class), FileLimits.DEFAULT, outbox, timeline, transactions, clock, ids);
        AcceptJobService accept = new AcceptJobService(jobs, outbox, timeline, transactions, clock);

        String hash = hasher.hash("correct horse battery staple");
        User customer = new User(UserId.next(ids), Role.CUSTOMER, "Ana Cruz", "ana.cruz@example.ph", "+639171234567",
                hash, Set.of(), AccountStatus.ACTIVE, clock.instant());
        assertThat(users.add(customer)).isEqualTo(AddResult.ADDED);
        List<User> providers = new ArrayList<>();
        for (int i = 0; i < PROVIDERS; i++) {
            User provider = new User(UserId.next(ids), Role.PROVIDER, "Tow operator " + i, "tow" + i + "@example.ph",
                    "+63918" + String.format("%07d", i), hash, Set.of("towing", "repair"), AccountStatus.ACTIVE, clock.instant());
            assertThat(users.add(provider)).isEqualTo(AddResult.ADDED);
            providers.add(provider);
        }
        JobRequest request = new JobRequest("towing", "Sedan will not start, basement parking P2",
                new Place(new GeoPoint(14.5547, 121.0244), "Ayala Ave, Makati City"),
                new Place(new GeoPoint(14.5509, 121.0503), "Auto shop, BGC, Taguig"), Urgency.IMMEDIATE, null, null);
        JobResult postResult = post.post(new PostJobCommand(customer.asActor(), request));
        assertThat(postResult).isInstanceOf(JobResult.Ok.class);
        Job posted = ((JobResult.Ok) postResult).job();

        CountDownLatch ready = new CountDownLatch(PROVIDERS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PROVIDERS);
        List<JobResult> results = new ArrayList<>();
        long began;
        try {
            List<Future<JobResult>> futures = new ArrayList<>();
            for (User provider : providers) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return accept.accept(new AcceptJobCommand(provider.asActor(), posted.id()));
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            began = System.nanoTime();
            go.countDown();
            for (Future<JobResult> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS)); // an exception in a task fails the test here
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        System.out.println("50 concurrent accepts settled in " + millis + " ms");

        List<JobResult.Ok> winners = results.stream().filter(JobResult.Ok.class::isInstance).map(JobResult.Ok.class::cast).toList();
        assertThat(winners).hasSize(1);
        assertThat(results.stream().filter(r -> !(r instanceof JobResult.Ok)))
                .hasSize(PROVIDERS - 1)
                .containsOnly(new JobResult.Refused(Rejection.ALREADY_TAKEN));

        UserId winner = winners.getFirst().job().providerId();
        Job stored = jobs.byId(posted.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(JobStatus.ACCEPTED);
        assertThat(stored.providerId()).isEqualTo(winner);
        assertThat(stored.version()).isEqualTo(2);
        String jobId = posted.id().value();
        assertThat(database.number("SELECT count(*) FROM outbox WHERE subject_id = ? AND event_type = 'job.accepted'", jobId)).isEqualTo(1);
        assertThat(database.number("SELECT count(*) FROM outbox WHERE subject_id = ? AND event_type = 'job.posted'", jobId)).isEqualTo(1);
        assertThat(database.number("SELECT count(*) FROM outbox WHERE subject_id = ?", jobId)).isEqualTo(2);
        assertThat(database.text("SELECT payload->>'provider_id' FROM outbox WHERE subject_id = ? AND event_type = 'job.accepted'", jobId))
                .isEqualTo(winner.value());
        assertThat(timeline.of(posted.id())).extracting(TimelineEntry::status, TimelineEntry::actorId)
                .containsExactly(tuple(JobStatus.REQUESTED, customer.id()), tuple(JobStatus.ACCEPTED, winner));
        assertThat(database.number("SELECT total_minor FROM jobs WHERE id = ?", jobId)).isEqualTo(posted.price().total().minor());
    }
}
