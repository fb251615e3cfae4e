package dev.callout.application.inmemory;

import dev.callout.application.idempotency.IdempotencyKey;
import dev.callout.application.idempotency.StoredResponse;
import dev.callout.application.port.IdempotencyKeys;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private record Entry(String fingerprint, String token, Instant claimedAt, Instant leaseUntil, StoredResponse answer,
                         boolean completed) {

        boolean free(Instant now, Instant expiredBefore) {
            return claimedAt.isBefore(expiredBefore) || (answer == null && leaseUntil.isBefore(now));
        }

        Entry answered(StoredResponse response, boolean finished) {
            return new Entry(fingerprint, token, claimedAt, leaseUntil, response, finished);
        }
    }

    private final Map<IdempotencyKey, Entry> entries = new HashMap<>();

    @Override
    public synchronized Claim claim(IdempotencyKey key, String fingerprint, String token, Instant now, Instant leaseUntil,
                                    Instant expiredBefore) {
        Entry entry = entries.get(key);
        if (entry == null || entry.free(now, expiredBefore)) {
            entries.put(key, new Entry(fingerprint, token, now, leaseUntil, null, false));
            return new Claim.Claimed();
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            return new Claim.Mismatch();
        }
        boolean replayable = entry.answer() != null && (entry.completed() || entry.leaseUntil().isBefore(now));
        return replayable ? new Claim.Replay(entry.answer()) : new Claim.InProgress();
    }

    @Override
    public synchronized boolean keep(IdempotencyKey key, String token, StoredResponse answer) {
        return answer(key, token, answer, false);
    }

    @Override
    public synchronized void complete(IdempotencyKey key, String token, StoredResponse answer) {
        answer(key, token, answer, true);
    }

    private boolean answer(IdempotencyKey key, String token, StoredResponse answer, boolean completed) {
        Entry entry = entries.get(key);
        if (entry == null || !entry.token().equals(token)) {
            return false;
        }
        entries.put(key, entry.answered(answer, completed));
        return true;
    }

    @Override
    public synchronized void release(IdempotencyKey key, String token) {
        Entry entry = entries.get(key);
        if (entry != null && entry.token().equals(token) && entry.answer() == null) {
            entries.remove(key);
        }
    }
}
