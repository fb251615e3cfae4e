package dev.callout.rest.realtime;

import io.micronaut.websocket.CloseReason;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a socket's API tells its client that the server ends the socket: the last frame it gets and
 * the close. {@link #CANONICAL}'s sockets also get the canonical API's event frames from
 * {@link SocketClients}; a product's socket speaks its own dialect and gets its events from its
 * product's registry.
 */
public interface SocketDialect {

    /** {@code {"event": "error", "data": {"code", "message"}}}, then the ending's own close code. */
    SocketDialect CANONICAL = ending -> {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("event", "error");
        frame.put("data", Map.of("code", ending.name(), "message", ending.message()));
        return frame;
    };

    /** The frame (as JSON values) written last, telling why the socket ends. */
    Map<String, Object> lastFrame(SocketEnding ending);

    default CloseReason closeReason(SocketEnding ending) {
        return ending.closeReason();
    }
}
