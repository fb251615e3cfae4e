package dev.callout.application.idempotency;

import dev.callout.application.idempotency.IdempotencyKeys.Claim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

public final class IdempotentRequestsService implements IdempotentRequestsUseCase {

    public static final Duration RETENTION = Duration.ofHours(24);

    private final IdempotencyKeys keys;
    private final Clock clock;

    public IdempotentRequestsService(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Claim begin(IdempotencyKey key, String fingerprint) {
        Instant now = clock.instant();
        return keys.claim(key, fingerprint, now, now.minus(RETENTION));
    }

    @Override
    public void finish(IdempotencyKey key, StoredResponse response) {
        keys.complete(key, response);
    }

    @Override
    public void abandon(IdempotencyKey key) {
        keys.release(key);
    }
}
