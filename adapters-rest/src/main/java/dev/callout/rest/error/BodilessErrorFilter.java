package dev.callout.rest.error;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;

/**
 * Errors some filters answer with no body at all (the CORS filter's 403 for an origin it refuses)
 * get the standard envelope too. Runs outside every other filter, so it sees their answers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class BodilessErrorFilter implements Ordered {

    @ResponseFilter
    public void envelope(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus().getCode() < 400 || response.getBody().isPresent() || request.getMethod() == HttpMethod.HEAD) {
            return;
        }
        boolean refusedOrigin = response.getStatus() == HttpStatus.FORBIDDEN && request.getHeaders().contains(HttpHeaders.ORIGIN);
        ErrorEnvelope envelope = refusedOrigin
                ? ErrorEnvelope.of("ORIGIN_NOT_ALLOWED", "requests from this origin are not allowed", Map.of())
                : EnvelopeErrorResponseProcessor.envelope(response.getStatus());
        response.body(envelope).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
