package dev.callout.bootstrap;

import dev.callout.application.port.PasswordHasher;
import dev.callout.application.port.RateLimitCounters;
import dev.callout.application.ratelimit.RateLimiter;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.id.TimeOrderedIds;
import dev.callout.domain.job.CancellationPolicy;
import dev.callout.rest.security.Argon2idPasswordHasher;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/** The clock, id source, password hashing, rate limiter and job policies the use cases are built with. */
@Factory
class CoreBeans {

    /** UTC, ticking in microseconds: what PostgreSQL stores, so a job reads back as written. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Singleton
    IdGenerator ids(Clock clock) {
        return new TimeOrderedIds(clock, new SecureRandom());
    }

    @Singleton
    PasswordHasher passwordHasher(PasswordSettings settings) {
        return new Argon2idPasswordHasher(settings.getArgon2MemoryKib(), settings.getArgon2Iterations());
    }

    @Singleton
    RateLimiter rateLimiter(RateLimitCounters counters, Clock clock) {
        return new RateLimiter(counters, clock);
    }

    @Singleton
    CancellationPolicy cancellationPolicy(JobSettings settings) {
        return new CancellationPolicy(settings.getCancellationWindow());
    }
}
