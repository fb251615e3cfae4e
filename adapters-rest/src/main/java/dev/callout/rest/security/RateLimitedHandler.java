package dev.callout.rest.security;

import dev.callout.application.ratelimit.RateLimiter.Decision;
import dev.callout.rest.error.ErrorEnvelope;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;

/** 429 in the standard envelope, with when to retry. */
@Produces
@Singleton
public class RateLimitedHandler implements ExceptionHandler<RateLimited, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, RateLimited limited) {
        return tooManyRequests(limited);
    }

    static MutableHttpResponse<ErrorEnvelope> tooManyRequests(RateLimited limited) {
        MutableHttpResponse<ErrorEnvelope> response = HttpResponse.<ErrorEnvelope>status(HttpStatus.TOO_MANY_REQUESTS)
                .body(ErrorEnvelope.of(limited.code(), limited.getMessage(), Map.of()));
        if (limited.decision() != null) {
            headers(response, limited.decision());
        }
        response.header("Retry-After", Long.toString(Math.max(1, seconds(limited.retryAfter()))));
        return response;
    }

    /** The X-RateLimit-* headers of a decision; Reset is in seconds from now. */
    public static <T> MutableHttpResponse<T> headers(MutableHttpResponse<T> response, Decision decision) {
        return response.header(RateLimitFilter.LIMIT_HEADER, Integer.toString(decision.limit()))
                .header("X-RateLimit-Remaining", Integer.toString(Math.max(0, decision.remaining())))
                .header("X-RateLimit-Reset", Long.toString(seconds(decision.reset())));
    }

    /** Whole seconds, rounded up. */
    static long seconds(Duration duration) {
        if (!duration.isPositive()) {
            return 0;
        }
        long seconds = duration.toSeconds();
        return duration.minusSeconds(seconds).isPositive() ? seconds + 1 : seconds;
    }
}
