package dev.callout.rest.error;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Map;

/**
 * Puts every error the framework answers by itself (malformed JSON, wrong types, unknown routes,
 * wrong methods, media types, oversized bodies, missing or refused credentials, unexpected
 * failures) into the standard envelope, with a code and a message of our own: the framework's
 * words may carry class names, SQL or the client's input.
 *
 * <p>An unexpected failure stays a 500 with a generic message (the framework has logged it),
 * except that the database refusing a value (SQLState class 22: a character it cannot store, a
 * number out of range) is the client's 400, and a unique or foreign-key violation (23505, 23503:
 * another request got there first) is a 409.
 */
@Singleton
@Primary
public class EnvelopeErrorResponseProcessor implements ErrorResponseProcessor<ErrorEnvelope> {

    @Override
    public MutableHttpResponse<ErrorEnvelope> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<ErrorEnvelope>) response;
        }
        Throwable cause = context.getRootCause().orElse(null);
        HttpStatus status = response.getStatus();
        ErrorEnvelope envelope;
        if (status.getCode() >= 500) {
            status = databaseRefusal(cause);
            response.status(status);
            envelope = status == HttpStatus.BAD_REQUEST
                    ? ErrorEnvelope.of(MalformedRequest.CODE, "a value in the request cannot be stored", Map.of())
                    : envelope(status);
        } else {
            envelope = status == HttpStatus.BAD_REQUEST ? MalformedRequest.describe(cause) : envelope(status);
        }
        return response.body(envelope).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The envelope for a status the framework chose, in our words. */
    static ErrorEnvelope envelope(HttpStatus status) {
        return ErrorEnvelope.of(codeFor(status), messageFor(status), Map.of());
    }

    private static HttpStatus databaseRefusal(Throwable cause) {
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("22")) {
                    return HttpStatus.BAD_REQUEST;
                }
                if (state.equals("23505") || state.equals("23503")) {
                    return HttpStatus.CONFLICT;
                }
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> MalformedRequest.CODE;
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case CONFLICT -> "CONFLICT";
            case REQUEST_ENTITY_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case REQUEST_URI_TOO_LONG -> "URI_TOO_LONG";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case TOO_MANY_REQUESTS -> "RATE_LIMITED";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "HEADERS_TOO_LARGE";
            default -> status.getCode() >= 500 ? "INTERNAL_ERROR" : status.name();
        };
    }

    private static String messageFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "the request could not be read";
            case UNAUTHORIZED -> "a valid access token is required";
            case FORBIDDEN -> "your role may not do this";
            case NOT_FOUND -> "no such resource";
            case METHOD_NOT_ALLOWED -> "this method is not allowed here";
            case NOT_ACCEPTABLE -> "this route answers application/json only";
            case CONFLICT -> "the request conflicts with data stored meanwhile; read it again and retry";
            case REQUEST_ENTITY_TOO_LARGE -> "the request is too large (its body, request line or headers)";
            case REQUEST_URI_TOO_LONG -> "the request line is too long";
            case UNSUPPORTED_MEDIA_TYPE -> "this route does not take that Content-Type (JSON routes take application/json)";
            case TOO_MANY_REQUESTS -> "too many requests; try again later";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "the request headers are too large";
            default -> status.getCode() >= 500 ? "something went wrong on our side" : "the request was refused";
        };
    }
}
