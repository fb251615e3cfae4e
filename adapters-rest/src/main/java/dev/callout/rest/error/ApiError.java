package dev.callout.rest.error;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.Map;

/**
 * A failure to answer with the standard envelope: an HTTP status, a stable code, a message and
 * per-field problems where the input was at fault.
 */
public final class ApiError extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, String> fields;

    public ApiError(HttpStatus status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public ApiError(HttpStatus status, String code, String message, Map<String, String> fields) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fields = Map.copyOf(fields);
    }

    public static ApiError validation(Map<String, String> fields) {
        return new ApiError(HttpStatus.BAD_REQUEST, "VALIDATION_ERROR", "the request has invalid fields", fields);
    }

    public static ApiError notFound(String code, String message) {
        return new ApiError(HttpStatus.NOT_FOUND, code, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> fields() {
        return fields;
    }

    public ErrorEnvelope envelope() {
        return ErrorEnvelope.of(code, getMessage(), fields);
    }

    /** The answer this error is: its status and envelope. */
    public HttpResponse<ErrorEnvelope> response() {
        return HttpResponse.<ErrorEnvelope>status(status).body(envelope());
    }

    /**
     * The same answer for a route declared to answer {@code B}: the route keeps its body type, which the API
     * document reads, and Micronaut writes the envelope all the same.
     */
    public <B> HttpResponse<B> answer() {
        MutableHttpResponse<B> answer = HttpResponse.status(status);
        answer.body(envelope());
        return answer;
    }
}
