package dev.callout.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.contract.JobDeletionsContract;
import dev.callout.application.port.DispatchRounds;
import dev.callout.application.port.Disputes;
import dev.callout.application.port.JobDeletions;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Messages;
import dev.callout.application.port.Notifications;
import dev.callout.application.port.Orders;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Timers;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.chat.Message;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.User;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deletions against PostgreSQL; then what only it adds: a message racing the deletion is refused, not failed. */
class PostgresJobDeletionsContractTest extends JobDeletionsContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected Users users() {
        return database.bean(PostgresUsers.class);
    }

    @Override
    protected Jobs jobs() {
        return database.bean(PostgresJobs.class);
    }

    @Override
    protected Messages messages() {
        return database.bean(PostgresMessages.class);
    }

    @Override
    protected StoredFiles files() {
        return database.bean(PostgresStoredFiles.class);
    }

    @Override
    protected Reviews reviews() {
        return database.bean(PostgresReviews.class);
    }

    @Override
    protected Disputes disputes() {
        return database.bean(PostgresDisputes.class);
    }

    @Override
    protected DispatchRounds rounds() {
        return database.bean(PostgresDispatchRounds.class);
    }

    @Override
    protected Timers timers() {
        return database.bean(PostgresTimers.class);
    }

    @Override
    protected Notifications notifications() {
        return database.bean(PostgresNotifications.class);
    }

    @Override
    protected JobTimeline timeline() {
        return database.bean(PostgresJobTimeline.class);
    }

    @Override
    protected Orders orders() {
        return database.bean(PostgresOrders.class);
    }

    @Override
    protected Payments payments() {
        return database.bean(PostgresPayments.class);
    }

    @Override
    protected Transactions transactions() {
        return database.bean(PostgresTransactions.class);
    }

    @Override
    protected JobDeletions deletions() {
        return database.bean(PostgresJobDeletions.class);
    }

    @Override
    protected long timersOf(JobId jobId) {
        return database.number("SELECT count(*) FROM timers WHERE job_id = ?", jobId.value());
    }

    @Test
    void aMessageSentWhileItsJobIsBeingDeletedWaitsAndIsRefused() throws Exception {
        User customer = ContractFixtures.customer();
        User provider = ContractFixtures.provider(Set.of("plumber"));
        users().add(customer);
        users().add(provider);
        Job job = ContractFixtures.accepted(customer.id(), provider.id(), "plumber", ContractFixtures.at(0));
        jobs().add(job);
        Message message = new Message("msg_" + ContractFixtures.unique(), job.id(), customer.id(), "are you coming?", null,
                ContractFixtures.at(10), null);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<List<String>> deletion = CompletableFuture.supplyAsync(() -> transactions().inTransaction(() -> {
                deletions().lock(job.id());
                List<String> files = deletions().delete(job.id());
                locked.countDown();
                await(release);
                return files;
            }), threads);
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Boolean> sent = CompletableFuture.supplyAsync(() -> messages().add(message), threads);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (database.number("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND datname = current_database()") == 0) {
                assertThat(sent).as("the message waits for the deletion's lock").isNotDone();
                assertThat(System.nanoTime()).as("the message waits for the deletion's lock").isLessThan(deadline);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            release.countDown();

            assertThat(deletion.get(30, TimeUnit.SECONDS)).isEmpty();
            assertThat(sent.get(30, TimeUnit.SECONDS)).isFalse();
        } finally {
            threads.shutdownNow();
        }
        assertThat(messages().add(message)).as("and after it").isFalse();
        assertThat(database.number("SELECT count(*) FROM messages WHERE job_id = ?", job.id().value())).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
