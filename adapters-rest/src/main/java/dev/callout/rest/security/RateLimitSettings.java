package dev.callout.rest.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Request limits of the auth routes ({@code callout.rate-limits.auth.*}): by default 5 requests a
 * minute per client address and, separately, per identifier (email or phone) named in the body.
 * The counters live in each node's memory, so with N nodes behind a balancer an address may get up
 * to N times the limit; the sign-in lockout ({@code login_attempts}) is shared through the database.
 */
@ConfigurationProperties("callout.rate-limits.auth")
public class RateLimitSettings {

    private int limit = 5;
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
