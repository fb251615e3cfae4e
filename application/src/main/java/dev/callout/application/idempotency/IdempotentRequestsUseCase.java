package dev.callout.application.idempotency;

import dev.callout.application.idempotency.IdempotencyKeys.Claim;

/**
 * "A repeat with the same Idempotency-Key returns the first response": a request claims its key
 * with a fingerprint of its body, then stores its answer; a repeat gets the stored answer, the
 * same key with another body is refused. Keys expire after a day.
 */
public interface IdempotentRequestsUseCase {

    Claim begin(IdempotencyKey key, String fingerprint);

    void finish(IdempotencyKey key, StoredResponse response);

    void abandon(IdempotencyKey key);
}
