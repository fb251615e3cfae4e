package dev.callout.rest.profile.art;

import dev.callout.rest.error.ApiError;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Engine.IO's HTTP long-polling transport at {@code /socket.io/}: a GET without {@code sid} opens a
 * session, a GET with it waits for the session's packets, a POST carries the client's packets
 * (separated by the record separator). Who the client is comes later, in the Socket.IO CONNECT.
 */
@Controller("/socket.io")
@Requires(property = "callout.profile", value = "art")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class EngineIoPolling {

    private static final String TEXT = MediaType.TEXT_PLAIN + ";charset=UTF-8";

    private final EngineSessions sessions;

    EngineIoPolling(EngineSessions sessions) {
        this.sessions = sessions;
    }

    @Get(uri = "/{?EIO,transport,sid}", produces = TEXT)
    CompletableFuture<HttpResponse<String>> poll(@Nullable @QueryValue("EIO") String protocol, @Nullable @QueryValue String transport,
                                                 @Nullable @QueryValue String sid, HttpRequest<?> request) {
        checkPolling(protocol, transport);
        EngineSession session = sid == null ? sessions.openPolling(query(request)) : session(sid);
        session.heard();
        CompletableFuture<String> packets = session.poll();
        if (packets == null) {
            sessions.close(session);
            throw new ApiError(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "one poll at a time, and none once the session upgraded");
        }
        return packets.thenApply(payload -> HttpResponse.ok(payload).contentType(TEXT));
    }

    @Post(uri = "/{?EIO,transport,sid}", consumes = MediaType.ALL, produces = TEXT)
    HttpResponse<String> send(@Nullable @QueryValue("EIO") String protocol, @Nullable @QueryValue String transport,
                              @Nullable @QueryValue String sid, @Nullable @Body String payload) {
        checkPolling(protocol, transport);
        if (sid == null) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "SESSION_UNKNOWN", "a POST carries the sid of an open session");
        }
        EngineSession session = session(sid);
        if (payload == null || payload.length() > EngineSessions.MAX_PAYLOAD) {
            sessions.close(session);
            throw new ApiError(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "a payload of 1 to " + EngineSessions.MAX_PAYLOAD + " characters");
        }
        for (String packet : payload.split(EngineSession.SEPARATOR)) {
            sessions.received(session, packet);
        }
        return HttpResponse.ok("ok").contentType(TEXT);
    }

    private EngineSession session(String sid) {
        return sessions.find(sid).filter(found -> !found.isClosed())
                .orElseThrow(() -> new ApiError(HttpStatus.BAD_REQUEST, "SESSION_UNKNOWN", "no open session has this sid"));
    }

    private static void checkPolling(String protocol, String transport) {
        if (!"4".equals(protocol)) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "UNSUPPORTED_PROTOCOL_VERSION", "Engine.IO protocol 4 (EIO=4) only");
        }
        if (!"polling".equals(transport)) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "TRANSPORT_UNKNOWN", "transport is polling here, websocket on an upgrade");
        }
    }

    /** The handshake's query parameters, the client's own ({@code userType}) among them. */
    static Map<String, String> query(HttpRequest<?> request) {
        Map<String, String> query = new HashMap<>();
        request.getParameters().forEach((name, values) -> {
            if (!values.isEmpty()) {
                query.put(name, values.getFirst());
            }
        });
        return query;
    }
}
