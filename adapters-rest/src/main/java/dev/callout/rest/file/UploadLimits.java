package dev.callout.rest.file;

import dev.callout.rest.security.RateLimitSettings;
import dev.callout.rest.security.RateLimited;
import dev.callout.rest.security.RateLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Uploads per user ({@code callout.rate-limits.uploads.*}): by default 10 a minute, the seeds'
 * number, counted per node like the auth limits.
 */
@Singleton
public class UploadLimits {

    @ConfigurationProperties("callout.rate-limits.uploads")
    public static class Settings {
        private int limit = 10;
        private Duration period = Duration.ofMinutes(1);

        public int getLimit() {
            return limit;
        }

        public void setLimit(int limit) {
            this.limit = limit;
        }

        public Duration getPeriod() {
            return period;
        }

        public void setPeriod(Duration period) {
            this.period = period;
        }
    }

    private final RateLimits limits;

    public UploadLimits(Settings settings, Clock clock) {
        RateLimitSettings buckets = new RateLimitSettings();
        buckets.setLimit(settings.getLimit());
        buckets.setPeriod(settings.getPeriod());
        this.limits = new RateLimits(buckets, clock);
    }

    /** Counts one upload by the user; over the limit, a 429 with Retry-After. */
    RateLimits.Decision take(String userId) {
        RateLimits.Decision decision = limits.take("upload:" + userId);
        if (!decision.allowed()) {
            throw new RateLimited(decision, "too many uploads; retry later");
        }
        return decision;
    }
}
