package dev.callout.rest.security;

import dev.callout.application.ratelimit.RateLimit;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.List;

/**
 * Request limits ({@code callout.rate-limits.*}), counted across every node sharing the database:
 * the general limit per user (per address when anonymous) on every route but the operational
 * ones, the auth limit per address and per identifier on the auth routes, the upload limit per
 * user. {@code trusted-proxies} lists the addresses or CIDR ranges whose X-Forwarded-For is
 * believed (none by default).
 */
@ConfigurationProperties("callout.rate-limits")
public class RateLimitSettings {

    private List<String> trustedProxies = List.of();

    public List<String> getTrustedProxies() {
        return trustedProxies;
    }

    public void setTrustedProxies(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** One limit's number of requests per period. */
    public abstract static class Limit {
        private int limit;
        private Duration period = Duration.ofMinutes(1);

        Limit(int limit) {
            this.limit = limit;
        }

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

        RateLimit named(String name) {
            return new RateLimit(name, limit, period);
        }
    }

    /** 100 requests a minute, the seeds' general limit. */
    @ConfigurationProperties("general")
    public static class General extends Limit {
        General() {
            super(100);
        }
    }

    /** 5 requests a minute on the auth routes. */
    @ConfigurationProperties("auth")
    public static class Auth extends Limit {
        Auth() {
            super(5);
        }
    }

    /** 10 uploads a minute. */
    @ConfigurationProperties("uploads")
    public static class Uploads extends Limit {
        Uploads() {
            super(10);
        }
    }
}
