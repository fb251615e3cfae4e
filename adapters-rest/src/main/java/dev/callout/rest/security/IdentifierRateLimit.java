package dev.callout.rest.security;

import dev.callout.application.account.LogInUseCase;
import dev.callout.application.ratelimit.RateLimiter;
import dev.callout.domain.text.TextRule;
import dev.callout.domain.user.Channel;
import jakarta.inject.Singleton;
import java.util.Locale;

/** The auth limit per email or phone a request names, on top of the per-address one (every auth route that names one). */
@Singleton
public class IdentifierRateLimit {

    private final RateLimiter limiter;
    private final RateLimits limits;

    IdentifierRateLimit(RateLimiter limiter, RateLimits limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    /**
     * Counts the identifier whether or not an account has it; over the limit it throws {@link RateLimited}. Text no
     * command takes for an identifier (control characters, over 254 characters) is not counted: the command
     * refuses it with 400 before any work, and a NUL cannot be a counter's key in PostgreSQL.
     */
    public void take(String identifier) {
        if (identifier == null || identifier.isBlank() || identifier.length() > LogInUseCase.MAX_IDENTIFIER_LENGTH
                || TextRule.SINGLE_LINE.problemWith(identifier).isPresent()) {
            return;
        }
        String key = Channel.of(identifier).map(Channel.Destination::address)
                .orElse(identifier.strip().toLowerCase(Locale.ROOT));
        RateLimiter.Decision decision = limiter.take(limits.auth(), "identifier:" + key);
        if (!decision.allowed()) {
            throw new RateLimited(decision, "too many requests for this identifier; retry later");
        }
    }
}
