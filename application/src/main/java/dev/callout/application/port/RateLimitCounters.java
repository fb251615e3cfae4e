package dev.callout.application.port;

import java.time.Duration;
import java.time.Instant;

/**
 * Request counters shared by every node: one fixed window per key, counting the requests that
 * nodes have reserved from it. Nodes reserve slices of a window's budget and spend them locally
 * (see {@code RateLimiter}), so the window's total never passes its limit however many nodes ask.
 */
public interface RateLimitCounters {

    /** What one reservation got, and the key's window as it stands after it. */
    record Reservation(int granted, int taken, Instant windowEndsAt) {
    }

    /**
     * Atomically reserves up to {@code wanted} requests of the key's window, never letting the
     * window's total pass {@code limit} (so {@code granted} may be less, down to zero). A key
     * without a window, or whose window ended by {@code now}, first starts one ending at
     * {@code now + period}.
     */
    Reservation reserve(String key, int wanted, int limit, Duration period, Instant now);

    /** Forgets up to {@code batch} keys whose window ended before {@code now}; how many it forgot. */
    int deleteEnded(Instant now, int batch);
}
