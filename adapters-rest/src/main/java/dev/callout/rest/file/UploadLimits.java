package dev.callout.rest.file;

import dev.callout.application.ratelimit.RateLimiter;
import dev.callout.application.ratelimit.RateLimiter.Decision;
import dev.callout.rest.security.RateLimited;
import dev.callout.rest.security.RateLimits;
import jakarta.inject.Singleton;

/** Uploads per user ({@code callout.rate-limits.uploads.*}): by default 10 a minute, the seeds' number, across all nodes. */
@Singleton
public class UploadLimits {

    private final RateLimiter limiter;
    private final RateLimits limits;

    public UploadLimits(RateLimiter limiter, RateLimits limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    /** Counts one upload by the user; over the limit, a 429 with Retry-After. */
    public Decision take(String userId) {
        Decision decision = limiter.take(limits.uploads(), "user:" + userId);
        if (!decision.allowed()) {
            throw new RateLimited(decision, "too many uploads; retry later");
        }
        return decision;
    }
}
