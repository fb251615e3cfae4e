package dev.callout.rest.profile.art;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import java.util.Map;
import java.util.Optional;

/**
 * Engine.IO's WebSocket transport at {@code /socket.io/}: with {@code sid}, the upgrade of a polling
 * session (the client's {@code 2probe} is answered {@code 3probe}, then its {@code 5} moves the
 * session here); without, a session that starts on the WebSocket. One packet per text frame. The
 * path is a pattern so that a plain GET of /socket.io/ (a poll) goes to {@link EngineIoPolling}, the
 * router's closer match, while the upgrade handler, which looks for WebSocket routes only, finds this.
 * The handlers run on the connection's event loop, so the open, each frame and the close are handled
 * in the order they happened (on an executor, a probe could be read before the open that binds its
 * session, or a packet after the upgrade before the upgrade); nothing here blocks.
 */
@ServerWebSocket("/{engine:socket[.]io}")
@Requires(property = "callout.profile", value = "art")
@Secured(SecurityRule.IS_ANONYMOUS)
class EngineIoWebSocket {

    private static final String SESSION = "engine.io.session";
    private static final String PROBE = "probe";

    private final EngineSessions sessions;

    EngineIoWebSocket(EngineSessions sessions) {
        this.sessions = sessions;
    }

    @OnOpen
    void open(WebSocketSession socket, HttpRequest<?> request) {
        Map<String, String> query = EngineIoPolling.query(request);
        if (!"4".equals(query.get("EIO")) || !"websocket".equals(query.get("transport"))) {
            socket.close(CloseReason.UNSUPPORTED_DATA);
            return;
        }
        String sid = query.get("sid");
        Optional<EngineSession> session = sid == null ? Optional.of(sessions.openWebSocket(query, socket))
                : sessions.find(sid).filter(found -> !found.isClosed() && !found.isUpgraded());
        if (session.isEmpty()) {
            socket.close(CloseReason.POLICY_VIOLATION);
            return;
        }
        socket.put(SESSION, session.get());
    }

    @OnMessage(maxPayloadLength = EngineSessions.MAX_PAYLOAD)
    void message(String packet, WebSocketSession socket) {
        EngineSession session = socket.get(SESSION, EngineSession.class).orElse(null);
        if (session == null) {
            return;
        }
        if (!session.isOn(socket)) {
            upgrading(session, packet, socket);
            return;
        }
        sessions.received(session, packet);
    }

    @OnClose
    void close(WebSocketSession socket) {
        socket.get(SESSION, EngineSession.class).ifPresent(session -> {
            if (session.isOn(socket)) {
                sessions.close(session);
            } else {
                session.probeEnded(socket);
            }
        });
    }

    private void upgrading(EngineSession session, String packet, WebSocketSession socket) {
        session.heard();
        if (packet.equals(EngineSession.PING + PROBE)) {
            socket.sendAsync(EngineSession.PONG + PROBE);
            session.probed(socket);
        } else if (packet.equals(EngineSession.UPGRADE)) {
            session.upgrade(socket);
        } else {
            socket.close(CloseReason.POLICY_VIOLATION);
        }
    }
}
