package dev.callout.rest.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Counts every request once the security filter has said who sends it; over a limit the request
 * never reaches a controller and gets 429. The decision is kept on the request for
 * {@link RateLimitHeadersFilter}, which writes the headers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RateLimitFilter implements Ordered {

    static final String DECISION = "callout.rate-limit";
    static final String LIMIT_HEADER = "X-RateLimit-Limit";

    private final RequestRateLimits limits;

    RateLimitFilter(RequestRateLimits limits) {
        this.limits = limits;
    }

    /**
     * Completes with the request to go on (never null: Micronaut drops a filter context that a
     * later-completing stage leaves null), or fails with {@link RateLimited}, which becomes the 429.
     */
    @RequestFilter
    public CompletionStage<HttpRequest<?>> count(HttpRequest<?> request) {
        if (!RequestRateLimits.counted(request)) {
            return CompletableFuture.completedFuture(request);
        }
        return limits.count(request).thenCompose(decision -> {
            request.setAttribute(DECISION, decision);
            return decision.allowed() ? CompletableFuture.completedFuture(request)
                    : CompletableFuture.failedFuture(RateLimited.requests(decision));
        });
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
