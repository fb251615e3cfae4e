package dev.callout.rest.error;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Puts every error the framework answers by itself (malformed JSON, wrong types, failed bean
 * validation, unknown routes, wrong methods, missing or refused credentials) into the standard
 * envelope, with a code derived from the status.
 */
@Singleton
@Primary
public class EnvelopeErrorResponseProcessor implements ErrorResponseProcessor<ErrorEnvelope> {

    @Override
    public MutableHttpResponse<ErrorEnvelope> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<ErrorEnvelope>) response;
        }
        HttpStatus status = response.getStatus();
        boolean malformed = status == HttpStatus.BAD_REQUEST;
        String code = malformed ? "MALFORMED_REQUEST" : codeFor(status);
        String message = malformed ? malformedMessage(context) : messageFor(status, context);
        return response.body(ErrorEnvelope.of(code, message, Map.of())).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static String codeFor(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case REQUEST_ENTITY_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case TOO_MANY_REQUESTS -> "RATE_LIMITED";
            default -> status.getCode() >= 500 ? "INTERNAL_ERROR" : status.name();
        };
    }

    private static String messageFor(HttpStatus status, ErrorContext context) {
        return switch (status) {
            case UNAUTHORIZED -> "a valid access token is required";
            case FORBIDDEN -> "your role may not do this";
            case NOT_FOUND -> "no such resource";
            case METHOD_NOT_ALLOWED -> "this method is not allowed here";
            default -> status.getCode() >= 500 ? "something went wrong on our side"
                    : context.getErrors().stream().findFirst().map(io.micronaut.http.server.exceptions.response.Error::getMessage).orElse(status.getReason());
        };
    }

    /**
     * Bad syntax or a value of the wrong type. Failed validation never gets here (see
     * {@link ConstraintViolationHandler}); the parser's own words would leak class names.
     */
    private static String malformedMessage(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ConversionErrorException conversion && !"body".equals(conversion.getArgument().getName())) {
            return "'" + conversion.getArgument().getName() + "' has the wrong type or format";
        }
        return "the request body is not valid JSON, or a value in it has the wrong type";
    }
}
