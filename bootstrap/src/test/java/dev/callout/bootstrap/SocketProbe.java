package dev.callout.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A plain JDK WebSocket client on the realtime socket (or a product's socket whose frames name
 * their kind {@code type}, as Chayenity's) that keeps every frame it receives, and how it was closed.
 */
final class SocketProbe implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    /** {@code id} is the event's id for stored events, else null. */
    record Frame(String event, Long id, Map<String, Object> data) {
    }

    /** The close the server sent. */
    record Closed(int code, String reason) {
    }

    private final JsonMapper json;
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final List<Frame> seen = new ArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private SocketProbe(JsonMapper json, WebSocket.Builder builder, URI uri) {
        this.json = json;
        this.socket = builder.buildAsync(uri, new WholeTextListener(text -> frames.add(parse(text)), closed))
                .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Connects with the token in the query, as a browser would. */
    static SocketProbe connect(String baseUrl, String token, JsonMapper json) {
        URI uri = URI.create(baseUrl.replaceFirst("^http", "ws") + "/api/v1/ws?access_token=" + token);
        return new SocketProbe(json, HttpClient.newHttpClient().newWebSocketBuilder(), uri);
    }

    /** Connects to a product's socket at {@code pathAndQuery}. */
    static SocketProbe connectTo(String baseUrl, String pathAndQuery, JsonMapper json) {
        URI uri = URI.create(baseUrl.replaceFirst("^http", "ws") + pathAndQuery);
        return new SocketProbe(json, HttpClient.newHttpClient().newWebSocketBuilder(), uri);
    }

    /** Connects with the token in the Authorization header. */
    static SocketProbe connectWithHeader(String baseUrl, String token, JsonMapper json) {
        return connectWithHeader(baseUrl, "/api/v1/ws", token, json);
    }

    /** Connects to the socket at {@code path} (a profile's own) with the token in the Authorization header. */
    static SocketProbe connectWithHeader(String baseUrl, String path, String token, JsonMapper json) {
        URI uri = URI.create(baseUrl.replaceFirst("^http", "ws") + path);
        return new SocketProbe(json, HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + token), uri);
    }

    /** Connects with the token as the subprotocol after {@code callout.bearer}, as the console does. */
    static SocketProbe connectWithSubprotocol(String baseUrl, String token, JsonMapper json) {
        URI uri = URI.create(baseUrl.replaceFirst("^http", "ws") + "/api/v1/ws");
        return new SocketProbe(json, HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("callout.bearer", token), uri);
    }

    void send(String event, Map<String, Object> data) {
        try {
            socket.sendText(json.writeValueAsString(Map.of("event", event, "data", data)), true)
                    .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the frame unless the socket is already closed; true when it went out. */
    boolean trySend(String event, Map<String, Object> data) {
        try {
            send(event, data);
            return true;
        } catch (CompletionException e) {
            return false;
        }
    }

    /** Sends text as it is, for frames that are not what {@link #send} writes. */
    void sendRaw(String text) {
        socket.sendText(text, true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Waits until the server closes the socket, at most {@code within}. */
    Closed awaitClose(Duration within) {
        return closed.orTimeout(within.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    boolean isClosed() {
        return closed.isDone();
    }

    /** Waits for the next frame of {@code event} matching {@code condition}; frames passed over are kept in {@link #seen()}. */
    Frame await(String event, Predicate<Map<String, Object>> condition) {
        return next(frame -> frame.event().equals(event) && condition.test(frame.data()), "'" + event + "' frame");
    }

    Frame await(String event) {
        return await(event, data -> true);
    }

    /** Waits for the next frame that is any of {@code events}. */
    Frame awaitFirstOf(String... events) {
        return next(frame -> List.of(events).contains(frame.event()), "frame of " + List.of(events));
    }

    private Frame next(Predicate<Frame> wanted, String description) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (true) {
                Frame frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame == null) {
                    throw new AssertionError("no " + description + " within " + WAIT + "; saw " + seen);
                }
                seen.add(frame);
                if (wanted.test(frame)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every frame received so far, in order. */
    List<Frame> seen() {
        frames.drainTo(seen);
        return List.copyOf(seen);
    }

    private Frame parse(String text) {
        try {
            Map<String, Object> frame = json.readValue(text, Argument.mapOf(String.class, Object.class));
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) frame.get("data");
            return new Frame((String) frame.getOrDefault("event", frame.get("type")),
                    frame.get("id") == null ? null : ((Number) frame.get("id")).longValue(), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
}
