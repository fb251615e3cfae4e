package dev.callout.application.background;

import java.time.Duration;

/**
 * How often background work is tried before it is parked, and how long it waits between
 * attempts: {@code firstRetry}, doubling up to {@code maxRetry}. The default tries 10 times over
 * about 13 minutes (1 s, 2 s, 4 s … 5 min).
 */
public record RetryPolicy(int maxAttempts, Duration firstRetry, Duration maxRetry) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(5));

    public RetryPolicy {
        if (maxAttempts < 1 || !firstRetry.isPositive() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("invalid retry policy");
        }
    }

    /** Whether the attempt that just failed, after {@code failedBefore} earlier failures, was the last. */
    public boolean isLast(int failedBefore) {
        return failedBefore + 1 >= maxAttempts;
    }

    /** The wait after the attempt that just failed: 1 s, 2 s, 4 s … up to the maximum. */
    public Duration backoff(int failedBefore) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(failedBefore, 20));
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
