package dev.callout.persistence;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.port.Jobs.UpdateResult;
import dev.callout.application.port.Users.AddResult;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.user.User;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link PostgresTransactions} puts the jOOQ writes (users, outbox) and the Micronaut Data
 * repository writes (jobs) on one connection in one transaction.
 */
class TransactionRollbackTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();
    private static PostgresTransactions transactions;
    private static PostgresUsers users;
    private static PostgresJobs jobs;
    private static PostgresOutbox outbox;

    @BeforeAll
    static void start() {
        transactions = database.bean(PostgresTransactions.class);
        users = database.bean(PostgresUsers.class);
        jobs = database.bean(PostgresJobs.class);
        outbox = database.bean(PostgresOutbox.class);
    }

    private static List<JobEvent> posted(Job job) {
        return List.of(new JobEvent.JobPosted(job.id(), job.customerId(), job.details().category(),
                job.details().location(), job.details().urgency(), job.details().scheduledAt(), job.createdAt()));
    }

    @Test
    void a_failure_rolls_back_the_jooq_and_the_repository_writes_of_the_transaction() {
        User customer = ContractFixtures.customer();
        Job job = ContractFixtures.requested(customer.id(), "towing", at(0));
        IllegalStateException failure = new IllegalStateException("payment declined after the writes");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            assertThat(users.add(customer)).isEqualTo(AddResult.ADDED);   // jOOQ
            jobs.add(job);                                                 // Micronaut Data
            outbox.record(posted(job));                                    // jOOQ
            assertThat(jobs.byId(job.id())).isPresent();                   // visible inside
            throw failure;
        })).isSameAs(failure);

        assertThat(users.byId(customer.id())).isEmpty();
        assertThat(jobs.byId(job.id())).isEmpty();
        assertThat(database.number("SELECT count(*) FROM users WHERE id = ?", customer.id().value())).isZero();
        assertThat(database.number("SELECT count(*) FROM jobs WHERE id = ?", job.id().value())).isZero();
        assertThat(database.number("SELECT count(*) FROM outbox WHERE subject_id = ?", job.id().value())).isZero();
    }

    @Test
    void the_writes_share_one_connection_and_stay_invisible_to_others_until_commit() throws Exception {
        User customer = ContractFixtures.customer();
        Job job = ContractFixtures.requested(customer.id(), "plumber", at(0));

        long seenOutside = transactions.inTransaction(() -> {
            users.add(customer);  // jOOQ, uncommitted
            jobs.add(job);        // repository: its foreign key only finds the uncommitted user on the same connection
            outbox.record(posted(job));
            assertThat(jobs.byId(job.id())).contains(ContractFixtures.withVersion(job, 1));
            try (Connection other = database.connect();
                 var statement = other.prepareStatement("SELECT count(*) FROM users u JOIN jobs j ON j.customer_id = u.id WHERE u.id = ?")) {
                statement.setString(1, customer.id().value());
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(seenOutside).isZero();
        assertThat(users.byId(customer.id())).contains(customer);
        assertThat(jobs.byId(job.id())).contains(ContractFixtures.withVersion(job, 1));
        assertThat(database.text("SELECT payload->>'category' FROM outbox WHERE subject_id = ?", job.id().value()))
                .isEqualTo("plumber");
    }

    @Test
    void a_stale_update_and_a_taken_email_leave_the_transaction_usable() {
        User customer = ContractFixtures.customer();
        users.add(customer);
        Job job = ContractFixtures.requested(customer.id(), "repair", at(0));
        jobs.add(job);
        User provider = ContractFixtures.provider(java.util.Set.of("repair"));
        User sameEmail = new User(ContractFixtures.customer().id(), customer.role(), "Copycat", customer.email(),
                ContractFixtures.phone(), customer.passwordHash(), customer.categories(), customer.status(), customer.createdAt());

        transactions.inTransaction(() -> {
            assertThat(jobs.update(ContractFixtures.withVersion(job, 7))).isEqualTo(UpdateResult.STALE);
            assertThat(users.add(sameEmail)).isEqualTo(AddResult.EMAIL_TAKEN);
            assertThat(users.add(provider)).isEqualTo(AddResult.ADDED);
            Job read = jobs.byId(job.id()).orElseThrow();
            return jobs.update(ContractFixtures.acceptedBy(read, provider.id(), at(30)));
        });

        assertThat(users.byId(provider.id())).contains(provider);
        assertThat(jobs.byId(job.id()).orElseThrow().providerId()).isEqualTo(provider.id());
        assertThat(jobs.byId(job.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void a_nested_call_joins_the_outer_transaction_and_rolls_back_with_it() {
        User customer = ContractFixtures.customer();
        User other = ContractFixtures.customer();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            users.add(customer);
            transactions.inTransaction(() -> users.add(other));
            throw new IllegalStateException("outer fails after the inner returned");
        })).hasMessageContaining("outer fails");

        assertThat(users.byId(customer.id())).isEmpty();
        assertThat(users.byId(other.id())).isEmpty();
    }
}
