package dev.callout.rest.error;

import dev.callout.application.InvalidCommandException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A command that refused its input is the client's mistake: 400 with the fields it named. */
@Produces
@Singleton
public class InvalidCommandHandler implements ExceptionHandler<InvalidCommandException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, InvalidCommandException exception) {
        return HttpResponse.badRequest(ApiError.validation(exception.fields()).envelope());
    }
}
