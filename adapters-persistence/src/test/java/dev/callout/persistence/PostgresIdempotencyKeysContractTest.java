package dev.callout.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.contract.IdempotencyKeysContract;
import dev.callout.application.idempotency.IdempotencyKey;
import dev.callout.application.idempotency.StoredResponse;
import dev.callout.application.port.IdempotencyKeys.Claim;
import dev.callout.application.port.IdempotencyKeys;
import dev.callout.application.port.Transactions;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresIdempotencyKeysContractTest extends IdempotencyKeysContract {

    private static final StoredResponse POSTED = new StoredResponse(201, "{\"id\":\"job_1\"}");

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected IdempotencyKeys keys() {
        return database.bean(PostgresIdempotencyKeys.class);
    }

    private static IdempotencyKey freshKey() {
        return new IdempotencyKey("usr_" + UUID.randomUUID(), "POST /api/v1/jobs", "key");
    }

    private Claim claim(IdempotencyKey key, String token, Instant now) {
        return keys().claim(key, "body", token, now, now.plusSeconds(30), now.minusSeconds(86_400));
    }

    @Test
    void aKeptAnswerRollsBackWithTheWork() {
        IdempotencyKey key = freshKey();
        Instant now = Instant.parse("2026-11-21T08:00:00Z");
        claim(key, "first", now);

        assertThatThrownBy(() -> database.bean(Transactions.class).inTransaction(() -> {
            keys().keep(key, "first", POSTED);
            throw new IllegalStateException("the work failed after keeping its answer");
        })).hasMessageContaining("the work failed");

        assertThat(claim(key, "retry", now.plusSeconds(31))).as("nothing was kept: the key is free after the lease")
                .isEqualTo(new Claim.Claimed());
    }

    @Test
    void aTakeoverWaitsForTheTransactionKeepingAnAnswerThenReplaysIt() throws Exception {
        IdempotencyKey key = freshKey();
        Instant now = Instant.parse("2026-11-21T08:00:00Z");
        claim(key, "slow", now);
        CountDownLatch kept = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> work = threads.submit(() -> database.bean(Transactions.class).inTransaction(() -> {
                keys().keep(key, "slow", POSTED);
                kept.countDown();
                TestDatabase.await(commit);
                return null;
            }));
            assertThat(kept.await(30, TimeUnit.SECONDS)).isTrue();

            Future<Claim> takeover = threads.submit(() -> claim(key, "retry", now.plusSeconds(31)));
            database.awaitASessionWaitingForALock();
            commit.countDown();
            work.get(30, TimeUnit.SECONDS);

            assertThat(takeover.get(30, TimeUnit.SECONDS)).isEqualTo(new Claim.Replay(POSTED));
        } finally {
            threads.shutdownNow();
        }
    }
}
