package dev.callout.rest.profile.depannini;

import dev.callout.domain.user.UserId;
import dev.callout.rest.realtime.SocketLane;
import io.micronaut.websocket.WebSocketPongMessage;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * {@code /ws/assistant/<assistant_id>/?token=<access token>}: an assistant's own channel, where
 * {@code new_assistance_request} arrives for each request dispatch offers them. Open to that
 * assistant alone; anyone else's socket is closed at once. Its open, frames and close run in order, on
 * the blocking pool ({@link SocketLane}); it lives as {@link DepanniniChannels} says.
 */
@ServerWebSocket("/ws/assistant/{assistantId}/")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(property = "callout.profile", value = "depannini")
public class DepanniniAssistantSocket {

    private final DepanniniChannels channels;
    private final DepanniniIds ids;
    private final Executor blocking;

    DepanniniAssistantSocket(DepanniniChannels channels, DepanniniIds ids, @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.channels = channels;
        this.ids = ids;
        this.blocking = blocking;
    }

    /**
     * Called on the connection's event loop, in order: each hands its work to the socket's lane. Every socket has this
     * hand-off of its own, since its handlers' path variables and what they look up on the session are its own.
     */
    @OnOpen
    public void open(String assistantId, WebSocketSession session, HttpRequest<?> request) {
        SocketLane.open(session, blocking, () -> opened(assistantId, session, request));
    }

    private void opened(String assistantId, WebSocketSession session, HttpRequest<?> request) {
        Optional<UserId> assistant = ids.user(assistantId);
        Optional<DepanniniChannels.Member> member = channels.caller(session, request)
                .filter(caller -> assistant.isPresent() && assistant.get().equals(caller.user().id())
                        && "assistant".equals(DepanniniViews.userType(caller.user())));
        if (member.isEmpty()) {
            session.close(CloseReason.POLICY_VIOLATION);
            return;
        }
        channels.joinAssistant(member.get());
    }

    /** The channel only speaks: whatever its assistant sends is answered with an error. */
    @OnMessage
    public void message(String text, WebSocketSession session) {
        SocketLane.then(session, () -> channels.member(session).filter(member -> channels.admit(member).isPresent())
                .ifPresent(member -> member.client().send(channels.frame(Map.of("type", "error", "detail", "this channel only sends events")))));
    }

    @OnMessage
    public void pong(WebSocketPongMessage pong, WebSocketSession session) {
        SocketLane.then(session, () -> channels.member(session).ifPresent(member -> member.client().heard()));
    }

    @OnClose
    public void close(WebSocketSession session) {
        SocketLane.then(session, () -> channels.member(session).ifPresent(channels::leave));
    }
}
