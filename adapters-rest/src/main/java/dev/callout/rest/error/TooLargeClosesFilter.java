package dev.callout.rest.error;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * A 413 ends its connection. The server stops reading a body once it passes a limit (a multipart
 * upload at once, a webhook at 64 KB), and a server that does not read the whole body must close the
 * connection after its answer (RFC 9112, section 9.3): else a client still sending waits forever for
 * a connection that no longer reads, and holds it open until the idle timeout.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class TooLargeClosesFilter implements Ordered {

    @ResponseFilter
    public void close(MutableHttpResponse<?> response) {
        if (response.getStatus() == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            response.getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
