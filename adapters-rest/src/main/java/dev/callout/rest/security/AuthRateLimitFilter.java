package dev.callout.rest.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import java.net.InetSocketAddress;

/**
 * Counts every request to the auth routes per client address; over the limit the request never
 * reaches a controller. Every answer carries the address's X-RateLimit-* headers. The per-identifier
 * limit is taken by the controllers once they have read the body.
 */
@ServerFilter(value = "/api/v1/auth/**", patternStyle = FilterPatternStyle.ANT)
public class AuthRateLimitFilter {

    static final String DECISION = "callout.rate-limit";

    private final RateLimits limits;

    public AuthRateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    /** The TCP peer's address. Behind a proxy, every client shares the proxy's (see the README). */
    public static String address(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }

    @RequestFilter
    public void count(HttpRequest<?> request) {
        RateLimits.Decision decision = limits.take("address:" + address(request));
        request.setAttribute(DECISION, decision);
        if (!decision.allowed()) {
            throw new RateLimited(decision, "too many requests from this address; retry later");
        }
    }

    @ResponseFilter
    public void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getHeaders().contains("X-RateLimit-Limit")) {
            return;
        }
        request.getAttribute(DECISION, RateLimits.Decision.class)
                .ifPresent(decision -> RateLimitedHandler.headers(response, decision));
    }
}
