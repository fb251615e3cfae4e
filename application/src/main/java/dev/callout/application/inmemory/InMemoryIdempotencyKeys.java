package dev.callout.application.inmemory;

import dev.callout.application.idempotency.IdempotencyKey;
import dev.callout.application.idempotency.IdempotencyKeys;
import dev.callout.application.idempotency.StoredResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private record Entry(String fingerprint, Instant claimedAt, StoredResponse response) {
    }

    private final Map<IdempotencyKey, Entry> entries = new HashMap<>();

    @Override
    public synchronized Claim claim(IdempotencyKey key, String fingerprint, Instant now, Instant expiredBefore) {
        Entry entry = entries.get(key);
        if (entry == null || entry.claimedAt().isBefore(expiredBefore)) {
            entries.put(key, new Entry(fingerprint, now, null));
            return new Claim.Claimed();
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            return new Claim.Mismatch();
        }
        return entry.response() == null ? new Claim.InProgress() : new Claim.Replay(entry.response());
    }

    @Override
    public synchronized void complete(IdempotencyKey key, StoredResponse response) {
        Entry entry = entries.get(key);
        if (entry != null) {
            entries.put(key, new Entry(entry.fingerprint(), entry.claimedAt(), response));
        }
    }

    @Override
    public synchronized void release(IdempotencyKey key) {
        Entry entry = entries.get(key);
        if (entry != null && entry.response() == null) {
            entries.remove(key);
        }
    }
}
