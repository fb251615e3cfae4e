package dev.callout.bootstrap.probe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One attempt to open a product's socket, and how the server answered it: the handshake refused with an
 * HTTP status (and its body), or the socket opened and then closed by the server with a code (and the
 * frames it sent before), or still open when the wait ran out.
 */
record Knock(int refusedWith, String refusal, int closedWith, List<String> frames) {

    static final Duration WAIT = Duration.ofSeconds(10);

    /** Neither refused nor closed. */
    static final int OPEN = -1;

    boolean refused() {
        return refusedWith != OPEN || closedWith != OPEN;
    }

    @Override
    public String toString() {
        return refusedWith != OPEN ? "handshake refused " + refusedWith + " " + refusal
                : closedWith != OPEN ? "closed " + closedWith + " after " + frames : "open, frames " + frames;
    }

    /** Opens the socket at {@code uri} with the headers and waits, at most {@link #WAIT}, for the server to close it. */
    static Knock at(URI uri, Map<String, String> headers) {
        return at(uri, headers, WAIT);
    }

    /** As {@link #at(URI, Map)}, waiting {@code within} for a close; a socket still open then is closed by the client. */
    static Knock at(URI uri, Map<String, String> headers, Duration within) {
        List<String> frames = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.forEach(builder::header);
        WebSocket socket;
        try {
            socket = builder.buildAsync(uri, new WebSocket.Listener() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        frames.add(text.toString());
                        text.setLength(0);
                    }
                    webSocket.request(1);
                    return null;
                }

                @Override
                public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                    closed.complete(statusCode);
                    return null;
                }

                @Override
                public void onError(WebSocket webSocket, Throwable error) {
                    closed.complete(WebSocket.NORMAL_CLOSURE - 1);
                }
            }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                Object body = refused.getResponse().body();
                return new Knock(refused.getResponse().statusCode(), body == null ? "" : body.toString(), OPEN, List.of());
            }
            throw new IllegalStateException("the socket at " + uri + " failed otherwise", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no handshake answer from " + uri, e);
        }
        try {
            return new Knock(OPEN, null, closed.get(within.toMillis(), TimeUnit.MILLISECONDS), List.copyOf(frames));
        } catch (TimeoutException e) {
            socket.abort();
            return new Knock(OPEN, null, OPEN, List.copyOf(frames));
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
