package dev.callout.rest.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Browsers cannot set headers on a WebSocket handshake, so the socket also accepts the access
 * token as {@code ?access_token=}. Only there: elsewhere a token in a URL ends up in logs.
 */
@Singleton
public class QueryTokenReader implements TokenReader<HttpRequest<?>> {

    static final String SOCKET_PATH = "/api/v1/ws";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return SOCKET_PATH.equals(request.getPath())
                ? request.getParameters().getFirst("access_token").filter(token -> !token.isBlank())
                : Optional.empty();
    }
}
