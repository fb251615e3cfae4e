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

/** A plain JDK WebSocket client on one of Depannini's channels: frames are {@code {"type": ...}} objects. */
final class DepanniniSocket implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final JsonMapper json;
    private final BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
    private final List<Map<String, Object>> seen = new ArrayList<>();
    private final CompletableFuture<SocketProbe.Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;

    /** Connects to {@code path} (such as /ws/assistant/7/) with the access token as {@code ?token=}. */
    DepanniniSocket(String baseUrl, String path, String token, JsonMapper json) {
        this.json = json;
        URI uri = URI.create(baseUrl.replaceFirst("^http", "ws") + path + (token == null ? "" : "?token=" + token));
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri, new WholeTextListener(text -> frames.add(parse(text)), closed))
                .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    void send(Map<String, Object> frame) {
        try {
            socket.sendText(json.writeValueAsString(frame), true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the frame unless the socket is already closed; true when it went out. */
    boolean trySend(Map<String, Object> frame) {
        try {
            send(frame);
            return true;
        } catch (CompletionException e) {
            return false;
        }
    }

    /** The next frame of that type matching {@code condition}; frames passed over are kept. */
    Map<String, Object> await(String type, Predicate<Map<String, Object>> condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (true) {
                Map<String, Object> frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame == null) {
                    throw new AssertionError("no '" + type + "' frame within " + WAIT + "; saw " + seen);
                }
                seen.add(frame);
                if (type.equals(frame.get("type")) && condition.test(frame)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> await(String type) {
        return await(type, frame -> true);
    }

    /** The close code the server sent, waiting at most {@link #WAIT}. */
    int awaitClose() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join().code();
    }

    List<Map<String, Object>> seen() {
        return seen;
    }

    private Map<String, Object> parse(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        }
    }
}
