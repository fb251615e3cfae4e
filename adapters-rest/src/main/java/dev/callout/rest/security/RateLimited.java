package dev.callout.rest.security;

import dev.callout.application.ratelimit.RateLimiter.Decision;
import dev.callout.rest.error.ErrorEnvelope;
import io.micronaut.http.HttpResponse;
import java.time.Duration;

/**
 * Too many requests: answered 429 with Retry-After, and X-RateLimit-* headers when a rate limit
 * (rather than a sign-in lockout or a code resend limit) said no.
 */
public final class RateLimited extends RuntimeException {

    private final String code;
    private final Duration retryAfter;
    private final Decision decision;

    public RateLimited(Decision decision, String message) {
        this("RATE_LIMITED", message, decision.retryAfter(), decision);
    }

    /** The general or auth limit refused the request. */
    static RateLimited requests(Decision decision) {
        return new RateLimited(decision, "too many requests; retry later");
    }

    public RateLimited(String code, String message, Duration retryAfter) {
        this(code, message, retryAfter, null);
    }

    private RateLimited(String code, String message, Duration retryAfter, Decision decision) {
        super(message, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
        this.decision = decision;
    }

    public String code() {
        return code;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The rate limit's state, or null for a lockout. */
    public Decision decision() {
        return decision;
    }

    /** The answer this refusal is: 429 with its envelope and headers. */
    public HttpResponse<ErrorEnvelope> response() {
        return RateLimitedHandler.tooManyRequests(this);
    }
}
