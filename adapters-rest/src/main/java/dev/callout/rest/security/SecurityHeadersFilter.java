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
 * bytes do), and a content security policy that lets a JSON answer load nothing and an HTML page
 * only the server's own scripts, styles and images, never inline ones (a route that sets a policy of
 * its own keeps it: the console's, as strict but for its map tiles). Runs outside every other filter,
 * so it sees their answers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {

    private static final String POLICY = "Content-Security-Policy";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @ResponseFilter
    public void secure(MutableHttpResponse<?> response) {
        boolean page = response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (!headers.contains(POLICY)) {
            headers.set(POLICY, page ? PAGE_POLICY : API_POLICY);
        }
        if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
