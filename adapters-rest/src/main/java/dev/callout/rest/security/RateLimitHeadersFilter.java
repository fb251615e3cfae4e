package dev.callout.rest.security;

import dev.callout.application.ratelimit.RateLimiter.Decision;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Puts the X-RateLimit-* headers on every counted answer, errors included, unless a controller
 * set those of a stricter limit (uploads, an identifier). It runs outside the security filter, so
 * it also sees the answers that filter gave itself (401, 403) before {@link RateLimitFilter}
 * could count them: those are counted here, and over the limit they become 429 too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RateLimitHeadersFilter implements Ordered {

    private final RequestRateLimits limits;

    RateLimitHeadersFilter(RequestRateLimits limits) {
        this.limits = limits;
    }

    @ResponseFilter
    public CompletionStage<MutableHttpResponse<?>> headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!RequestRateLimits.counted(request) || response.getHeaders().contains(RateLimitFilter.LIMIT_HEADER)) {
            return CompletableFuture.completedFuture(response);
        }
        Optional<Decision> counted = request.getAttribute(RateLimitFilter.DECISION, Decision.class);
        if (counted.isPresent()) {
            return CompletableFuture.completedFuture(RateLimitedHandler.headers(response, counted.get()));
        }
        return limits.count(request).thenApply(decision -> decision.allowed() ? RateLimitedHandler.headers(response, decision)
                : RateLimitedHandler.tooManyRequests(RateLimited.requests(decision)));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
