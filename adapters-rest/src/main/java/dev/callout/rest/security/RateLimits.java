package dev.callout.rest.security;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key: a bucket holds {@code limit} requests and refills continuously over the
 * period. Buckets that have filled up again are dropped now and then so memory stays bounded by
 * the keys active within one period.
 */
@Singleton
public class RateLimits {

    /** The state after a request was counted or refused: what the X-RateLimit-* headers say. */
    public record Decision(boolean allowed, int limit, int remaining, Duration reset, Duration retryAfter) {
    }

    private record Bucket(double tokens, long atNanos) {
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final RateLimitSettings settings;
    private final Clock clock;
    private volatile long lastSweepNanos;

    public RateLimits(RateLimitSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public Decision take(String key) {
        int limit = settings.getLimit();
        double perNano = limit / (double) settings.getPeriod().toNanos();
        long now = nanos();
        sweep(now, perNano, limit);
        Decision[] decision = new Decision[1];
        buckets.compute(key, (k, bucket) -> {
            double tokens = bucket == null ? limit : Math.min(limit, bucket.tokens() + (now - bucket.atNanos()) * perNano);
            boolean allowed = tokens >= 1;
            double left = allowed ? tokens - 1 : tokens;
            Duration retryAfter = allowed ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - left) / perNano));
            Duration reset = Duration.ofNanos((long) Math.ceil((limit - left) / perNano));
            decision[0] = new Decision(allowed, limit, (int) Math.floor(left), reset, retryAfter);
            return new Bucket(left, now);
        });
        return decision[0];
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private void sweep(long now, double perNano, int limit) {
        if (now - lastSweepNanos < settings.getPeriod().toNanos()) {
            return;
        }
        lastSweepNanos = now;
        buckets.entrySet().removeIf(entry -> entry.getValue().tokens() + (now - entry.getValue().atNanos()) * perNano >= limit);
    }
}
