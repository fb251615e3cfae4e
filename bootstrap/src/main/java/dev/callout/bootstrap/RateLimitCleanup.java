package dev.callout.bootstrap;

import dev.callout.application.ratelimit.RateLimiter;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every minute, forgets the rate-limit windows that have ended (on every node; deleting twice is harmless). */
@Singleton
class RateLimitCleanup {

    private static final Logger LOG = LoggerFactory.getLogger("callout.rate-limits");

    private final RateLimiter limiter;

    RateLimitCleanup(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void run() {
        try {
            int forgotten = limiter.forgetEnded();
            LOG.debug("Forgot {} ended rate-limit windows", forgotten);
        } catch (RuntimeException e) {
            LOG.warn("Could not forget ended rate-limit windows; trying again in a minute", e);
        }
    }
}
