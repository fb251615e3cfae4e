package dev.callout.rest.profile.depannini;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Depannini's channels take the access token as {@code ?token=}, as their clients cannot set headers; only there. */
@Singleton
@Requires(property = "callout.profile", value = "depannini")
class DepanniniTokenReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        String path = request.getPath();
        return path.startsWith("/ws/assistant/") || path.startsWith("/ws/assistance/")
                ? request.getParameters().getFirst("token").filter(token -> !token.isBlank())
                : Optional.empty();
    }
}
