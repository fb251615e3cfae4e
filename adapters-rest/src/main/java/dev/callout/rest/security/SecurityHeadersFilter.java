package dev.callout.rest.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The headers OWASP's REST Security Cheat Sheet asks of an API, on every answer, refusals included:
 * no content sniffing, no framing, no referrer, nothing cached unless a route says otherwise (file
 * bytes do), and a content security policy that lets a JSON answer load nothing (the docs page,
 * HTML, may run its own inline script). Runs outside every other filter, so it sees their answers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PAGE_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "connect-src 'self'; frame-ancestors 'none'";

    @ResponseFilter
    public void secure(MutableHttpResponse<?> response) {
        boolean page = response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", page ? PAGE_POLICY : API_POLICY);
        if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
