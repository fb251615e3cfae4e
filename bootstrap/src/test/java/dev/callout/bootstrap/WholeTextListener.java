package dev.callout.bootstrap;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** A JDK WebSocket listener that hands on each whole text message and completes {@code closed} with the server's close. */
final class WholeTextListener implements WebSocket.Listener {

    private final StringBuilder partial = new StringBuilder();
    private final Consumer<String> messages;
    private final CompletableFuture<SocketProbe.Closed> closed;

    WholeTextListener(Consumer<String> messages, CompletableFuture<SocketProbe.Closed> closed) {
        this.messages = messages;
        this.closed = closed;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.accept(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new SocketProbe.Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }
}
