package dev.callout.application.idempotency;

import java.time.Instant;

/** Keyed requests and their first answers. */
public interface IdempotencyKeys {

    /**
     * Claims the key for a request with this fingerprint, unless it is held: the first claim
     * wins (concurrent claimers see {@link Claim.InProgress}); a key claimed before
     * {@code expiredBefore} counts as free.
     */
    Claim claim(IdempotencyKey key, String fingerprint, Instant now, Instant expiredBefore);

    /** Stores the answer to the claimed request. */
    void complete(IdempotencyKey key, StoredResponse response);

    /** Frees a claimed key whose request did not finish (a server error), so it can be retried. */
    void release(IdempotencyKey key);

    sealed interface Claim {
        /** The caller owns the key now: run the request, then complete or release it. */
        record Claimed() implements Claim {
        }

        /** The request already ran with this body: answer this again. */
        record Replay(StoredResponse response) implements Claim {
        }

        /** The same key with another body. */
        record Mismatch() implements Claim {
        }

        /** The first request with this key is still running. */
        record InProgress() implements Claim {
        }
    }
}
