package dev.callout.application.port;

import dev.callout.application.idempotency.IdempotencyKey;
import dev.callout.application.idempotency.StoredResponse;
import java.time.Instant;

/**
 * Keyed requests and their answers. A claim holds its key for a short lease; an answer kept in
 * the work's own transaction outlives the lease, so a request that died after its work committed
 * is replayed, never run again, and one that died before is free to run once the lease ends.
 */
public interface IdempotencyKeys {

    /**
     * Claims the key as {@code token} for a request with this fingerprint, leased until
     * {@code leaseUntil}, unless it is held: the first claim wins (concurrent claimers see
     * {@link Claim.InProgress}). A key whose claim kept no answer and whose lease ended before
     * {@code now}, and any key claimed before {@code expiredBefore}, count as free.
     */
    Claim claim(IdempotencyKey key, String fingerprint, String token, Instant now, Instant leaseUntil, Instant expiredBefore);

    /**
     * Keeps an answer for the claim {@code token}, in the caller's transaction: provisional
     * until {@link #complete}, replayed once the lease has ended. False when the claim is no
     * longer {@code token}'s (a retry took the key over after the lease).
     */
    boolean keep(IdempotencyKey key, String token, StoredResponse answer);

    /** Stores the final answer of the claim {@code token}, unless the claim is no longer its. */
    void complete(IdempotencyKey key, String token, StoredResponse answer);

    /** Frees the claim {@code token} when it kept no answer (the request failed on our side), so it can be retried at once. */
    void release(IdempotencyKey key, String token);

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

        /** The first request with this key is still running (its lease has not ended). */
        record InProgress() implements Claim {
        }
    }
}
