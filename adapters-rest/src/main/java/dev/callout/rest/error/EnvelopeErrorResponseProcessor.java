package dev.callout.rest.error;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
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
        Map<String, String> fields = new LinkedHashMap<>();
        for (Error error : context.getErrors()) {
            error.getPath().ifPresent(path -> fields.putIfAbsent(fieldName(path), error.getMessage()));
        }
        boolean malformed = status == HttpStatus.BAD_REQUEST && fields.isEmpty();
        String code = malformed ? "MALFORMED_REQUEST" : codeFor(status);
        String message = malformed ? malformedMessage(context) : messageFor(status, context);
        return response.body(ErrorEnvelope.of(code, message, fields)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** "body.location.lat", "register.request.location.lat" and "location.lat" all become "location.lat". */
    static String fieldName(String path) {
        String name = path;
        for (String prefix : new String[] {"body.", "request."}) {
            int at = name.indexOf(prefix);
            if (at >= 0) {
                name = name.substring(at + prefix.length());
            }
        }
        return name;
    }

    private static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "VALIDATION_ERROR";
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
            case BAD_REQUEST -> "the request has invalid fields";
            case UNAUTHORIZED -> "a valid access token is required";
            case FORBIDDEN -> "your role may not do this";
            case NOT_FOUND -> "no such resource";
            case METHOD_NOT_ALLOWED -> "this method is not allowed here";
            default -> status.getCode() >= 500 ? "something went wrong on our side"
                    : context.getErrors().stream().findFirst().map(Error::getMessage).orElse(status.getReason());
        };
    }

    private static String malformedMessage(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ConversionErrorException conversion) {
            return "'" + conversion.getArgument().getName() + "' has the wrong type or format";
        }
        return "the request body is not valid JSON of the expected shape";
    }
}
