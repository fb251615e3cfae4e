package dev.callout.application.ratelimit;

import java.time.Duration;

/**
 * At most {@code limit} requests per key in each window of {@code period}; {@code name} keeps the
 * keys of different limits apart.
 */
public record RateLimit(String name, int limit, Duration period) {

    /** A node reserves a tenth of the budget at a time (at least one request). */
    static final int SLICES_PER_WINDOW = 10;

    public RateLimit {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a rate limit needs a name");
        }
        if (limit < 1 || period == null || !period.isPositive()) {
            throw new IllegalArgumentException("rate limit '" + name + "': the limit must be at least 1 and the period positive");
        }
    }

    /** How many requests a node reserves at once. */
    int slice() {
        return Math.ceilDiv(limit, SLICES_PER_WINDOW);
    }
}
