package dev.callout.rest.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A browser opens the socket as {@code new WebSocket(url, ["callout.bearer", token])}: the access
 * token travels in the {@code Sec-WebSocket-Protocol} header, right after {@link #PROTOCOL}, so it
 * never appears in a URL. The socket answers with {@link #PROTOCOL} alone. Only on the socket's path.
 */
@Singleton
public class SocketProtocolTokenReader implements TokenReader<HttpRequest<?>> {

    public static final String PROTOCOL = "callout.bearer";
    static final String HEADER = "Sec-WebSocket-Protocol";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (!QueryTokenReader.SOCKET_PATH.equals(request.getPath())) {
            return Optional.empty();
        }
        List<String> offered = request.getHeaders().getAll(HEADER).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::trim).toList();
        int marker = offered.indexOf(PROTOCOL);
        return marker >= 0 && marker + 1 < offered.size() ? Optional.of(offered.get(marker + 1)).filter(token -> !token.isBlank())
                : Optional.empty();
    }
}
