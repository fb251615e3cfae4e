package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.idempotency.IdempotencyKey;
import dev.callout.application.idempotency.StoredResponse;
import dev.callout.application.port.IdempotencyKeys.Claim;
import dev.callout.application.port.IdempotencyKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyKeys} store must do. Leases here last 30 s from the claim; keys a day. */
public abstract class IdempotencyKeysContract {

    private static final StoredResponse PAID = new StoredResponse(201, "{\"id\":\"pay_1\"}");
    private static final StoredResponse PENDING = new StoredResponse(202, "{\"id\":\"pay_1\",\"status\":\"pending\"}");

    protected abstract IdempotencyKeys keys();

    private static IdempotencyKey key() {
        return new IdempotencyKey("usr_" + unique(), "POST /api/v1/payments", "key-" + unique());
    }

    private Claim claim(IdempotencyKey key, String fingerprint, String token, Instant now) {
        return keys().claim(key, fingerprint, token, now, now.plusSeconds(30), now.minusSeconds(86_400));
    }

    @Test
    void theFirstClaimRunsAndRepeatsGetItsAnswer() {
        IdempotencyKey key = key();
        assertThat(claim(key, "body-a", "first", T0)).isEqualTo(new Claim.Claimed());
        assertThat(claim(key, "body-a", "second", at(1))).isEqualTo(new Claim.InProgress());

        keys().complete(key, "first", PAID);

        assertThat(claim(key, "body-a", "third", at(2))).isEqualTo(new Claim.Replay(PAID));
        assertThat(claim(key, "body-b", "fourth", at(3))).isEqualTo(new Claim.Mismatch());
        assertThat(claim(key, "body-a", "fifth", at(3_600))).as("a completed answer outlives the lease")
                .isEqualTo(new Claim.Replay(PAID));
    }

    @Test
    void keysAreScopedToTheCallerAndTheRoute() {
        IdempotencyKey key = key();
        claim(key, "body", "first", T0);
        keys().complete(key, "first", PAID);

        assertThat(claim(new IdempotencyKey("usr_" + unique(), key.route(), key.key()), "body", "other caller", T0))
                .isEqualTo(new Claim.Claimed());
        assertThat(claim(new IdempotencyKey(key.caller(), "POST /api/v1/jobs", key.key()), "body", "other route", T0))
                .isEqualTo(new Claim.Claimed());
    }

    @Test
    void aReleasedOrExpiredKeyCanBeClaimedAgain() {
        IdempotencyKey released = key();
        claim(released, "body", "first", T0);
        keys().release(released, "first");
        assertThat(claim(released, "other body", "second", at(1))).isEqualTo(new Claim.Claimed());

        IdempotencyKey expired = key();
        claim(expired, "body", "first", T0);
        keys().complete(expired, "first", PAID);
        assertThat(claim(expired, "new body", "second", at(86_401))).isEqualTo(new Claim.Claimed());
    }

    @Test
    void aClaimThatKeptNoAnswerIsFreeOnceItsLeaseEnds() {
        IdempotencyKey key = key();
        claim(key, "body", "died", T0);
        assertThat(claim(key, "body", "too early", at(29))).isEqualTo(new Claim.InProgress());

        assertThat(claim(key, "body", "retry", at(31))).isEqualTo(new Claim.Claimed());

        assertThat(keys().keep(key, "died", PAID)).as("the old claim cannot keep an answer any more").isFalse();
        keys().complete(key, "died", PAID);
        keys().release(key, "died");
        assertThat(claim(key, "body", "another", at(32))).as("the retry still holds it").isEqualTo(new Claim.InProgress());
        keys().complete(key, "retry", PENDING);
        assertThat(claim(key, "body", "another", at(33))).isEqualTo(new Claim.Replay(PENDING));
    }

    @Test
    void aKeptAnswerIsReplayedOnceTheLeaseEndsAndNeverFreesTheKey() {
        IdempotencyKey key = key();
        claim(key, "body", "first", T0);
        assertThat(keys().keep(key, "first", PENDING)).isTrue();
        keys().release(key, "first");

        assertThat(claim(key, "body", "early", at(10))).as("still running").isEqualTo(new Claim.InProgress());
        assertThat(claim(key, "body", "late", at(31))).isEqualTo(new Claim.Replay(PENDING));
        assertThat(claim(key, "other body", "late", at(31))).isEqualTo(new Claim.Mismatch());
    }

    @Test
    void theFinalAnswerReplacesTheKeptOne() {
        IdempotencyKey key = key();
        claim(key, "body", "first", T0);
        keys().keep(key, "first", PENDING);
        keys().complete(key, "first", PAID);

        assertThat(claim(key, "body", "repeat", at(1))).isEqualTo(new Claim.Replay(PAID));
    }

    @Test
    void ofConcurrentClaimsExactlyOneWins() throws Exception {
        IdempotencyKey key = key();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String token = "claimer-" + i;
                claims.add(pool.submit(() -> {
                    start.await();
                    return claim(key, "body", token, T0);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Claim> claim : claims) {
                won += claim.get(30, TimeUnit.SECONDS) instanceof Claim.Claimed ? 1 : 0;
            }
            assertThat(won).isOne();
        } finally {
            pool.shutdownNow();
        }
    }
}
