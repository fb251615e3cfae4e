package dev.callout.rest.realtime;

import io.micronaut.websocket.CloseReason;

/** Why the server ends a socket: the {@code error} frame it sends first, then the close code and reason. */
public enum SocketEnding {

    SESSION_ENDED(4001, "session ended", "the session ended (logout, suspension, deletion or password reset): sign in again"),
    TOKEN_EXPIRED(4002, "access token expired", "the access token expired; renew it with auth.renew before it does"),
    TOO_MANY_SOCKETS(4008, "too many sockets", "this account has as many sockets open as it may"),
    TOO_MANY_FRAMES(4029, "too many frames", "more frames a second than a socket may send"),
    /** WebSocket's own going-away code, whatever a dialect closes its other endings with: the client reconnects. */
    SERVER_STOPPING(1001, "server going away", "this server is stopping: connect again, to another one if there is one");

    private final CloseReason reason;
    private final String message;

    SocketEnding(int code, String reason, String message) {
        this.reason = new CloseReason(code, reason);
        this.message = message;
    }

    public CloseReason closeReason() {
        return reason;
    }

    public String message() {
        return message;
    }
}
