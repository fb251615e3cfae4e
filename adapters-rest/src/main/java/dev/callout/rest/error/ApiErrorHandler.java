package dev.callout.rest.error;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers an {@link ApiError} with its status and envelope. */
@Produces
@Singleton
@Requires(classes = {ApiError.class, ExceptionHandler.class})
public class ApiErrorHandler implements ExceptionHandler<ApiError, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, ApiError error) {
        return error.response();
    }
}
