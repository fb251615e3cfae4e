package dev.callout.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.contract.UsersContract;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.user.User;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresUsersContractTest extends UsersContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected void emptyStores() {
        database.truncate("outbox", "jobs", "users");
    }

    @Override
    protected Users users() {
        return database.bean(PostgresUsers.class);
    }

    @Test
    void an_update_losing_the_race_for_an_email_to_a_sign_up_is_email_taken_in_a_usable_transaction() throws Exception {
        User moving = ContractFixtures.customer();
        users().add(moving);
        String email = "contested-" + UUID.randomUUID() + "@example.com";
        User signingUp = ContractFixtures.customer().withEmail(email);
        Transactions transactions = database.bean(Transactions.class);
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Users.AddResult> signUp = threads.submit(() -> transactions.inTransaction(() -> {
                Users.AddResult added = users().add(signingUp);
                inserted.countDown();
                TestDatabase.await(commit);
                return added;
            }));
            assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Users.UpdateResult> move = threads.submit(() -> transactions.inTransaction(() -> {
                Users.UpdateResult result = users().update(moving.withEmail(email));
                users().byId(moving.id()); // the transaction still works after the refused statement
                return result;
            }));
            database.awaitASessionWaitingForALock();
            commit.countDown();

            assertThat(signUp.get(30, TimeUnit.SECONDS)).isEqualTo(Users.AddResult.ADDED);
            assertThat(move.get(30, TimeUnit.SECONDS)).isEqualTo(Users.UpdateResult.EMAIL_TAKEN);
            assertThat(users().byId(moving.id()).orElseThrow().email()).isEqualTo(moving.email());
        } finally {
            threads.shutdownNow();
        }
    }
}
