package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.idempotency.IdempotencyKey;
import dev.callout.application.idempotency.IdempotencyKeys;
import dev.callout.application.idempotency.IdempotencyKeys.Claim;
import dev.callout.application.idempotency.StoredResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyKeys} store must do. */
public abstract class IdempotencyKeysContract {

    protected abstract IdempotencyKeys keys();

    private static IdempotencyKey key() {
        return new IdempotencyKey("usr_" + unique(), "POST /api/v1/payments", "key-" + unique());
    }

    @Test
    void theFirstClaimRunsAndRepeatsGetItsAnswer() {
        IdempotencyKey key = key();
        assertThat(keys().claim(key, "body-a", T0, at(-86_400))).isEqualTo(new Claim.Claimed());
        assertThat(keys().claim(key, "body-a", at(1), at(-86_400))).isEqualTo(new Claim.InProgress());

        keys().complete(key, new StoredResponse(201, "{\"id\":\"pay_1\"}"));

        assertThat(keys().claim(key, "body-a", at(2), at(-86_400))).isEqualTo(new Claim.Replay(new StoredResponse(201, "{\"id\":\"pay_1\"}")));
        assertThat(keys().claim(key, "body-b", at(3), at(-86_400))).isEqualTo(new Claim.Mismatch());
    }

    @Test
    void keysAreScopedToTheCallerAndTheRoute() {
        IdempotencyKey key = key();
        keys().claim(key, "body", T0, at(-10));
        keys().complete(key, new StoredResponse(201, "{}"));

        assertThat(keys().claim(new IdempotencyKey("usr_" + unique(), key.route(), key.key()), "body", T0, at(-10)))
                .isEqualTo(new Claim.Claimed());
        assertThat(keys().claim(new IdempotencyKey(key.caller(), "POST /api/v1/jobs", key.key()), "body", T0, at(-10)))
                .isEqualTo(new Claim.Claimed());
    }

    @Test
    void aReleasedOrExpiredKeyCanBeClaimedAgain() {
        IdempotencyKey released = key();
        keys().claim(released, "body", T0, at(-10));
        keys().release(released);
        assertThat(keys().claim(released, "other body", at(1), at(-10))).isEqualTo(new Claim.Claimed());

        IdempotencyKey expired = key();
        keys().claim(expired, "body", T0, at(-10));
        keys().complete(expired, new StoredResponse(200, "{}"));
        assertThat(keys().claim(expired, "new body", at(100), at(50))).isEqualTo(new Claim.Claimed());
    }

    @Test
    void ofConcurrentClaimsExactlyOneWins() throws Exception {
        IdempotencyKey key = key();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return keys().claim(key, "body", T0, at(-10));
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
