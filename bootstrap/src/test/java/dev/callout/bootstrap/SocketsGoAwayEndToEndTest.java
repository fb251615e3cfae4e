package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.callout.bootstrap.RunningCallout.Account;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A node of ART's profile stopped the way its process stops ({@link NodeStop}) with a user's canonical socket and
 * Socket.IO client (over Engine.IO's WebSocket transport) open, on PostgreSQL: both hear 1001 (the canonical one its
 * {@code SERVER_STOPPING} frame first), nothing at WARN or above is logged once the stop began, and the next node on
 * the same data lets the user open the cap's worth of sockets at once: both leases were given back, not left to
 * lapse (they would last half an hour, three ten-minute heartbeats).
 */
class SocketsGoAwayEndToEndTest {

    private static final Map<String, Object> SETTINGS = Map.of("callout.profile", "art", "callout.realtime.heartbeat", "10m",
            "callout.realtime.max-sockets-per-user", 2);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStoppingNodeTellsEverySocketItGoesAwayAndGivesBackTheirPlaces() throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("callout-going-away");
        ListAppender<ILoggingEvent> afterStopBegan = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        try {
            Account customer;
            Socket canonical;
            Socket engineIo;
            try (RunningCallout node = RunningCallout.startOn(data, SETTINGS)) {
                customer = new ArtAccounts(node).customer();
                canonical = open(node, "/api/v1/ws", customer.token());
                assertThat(canonical.frames().poll(30, TimeUnit.SECONDS)).as("connected").contains("\"event\":\"connected\"");
                engineIo = open(node, "/socket.io/?EIO=4&transport=websocket", null);
                assertThat(engineIo.frames().poll(30, TimeUnit.SECONDS)).as("Engine.IO's open packet").startsWith("0{");
                engineIo.socket().sendText("40{\"token\":\"" + customer.token() + "\"}", true).join();
                assertThat(engineIo.frames().poll(30, TimeUnit.SECONDS)).as("Socket.IO's CONNECT").startsWith("40{\"sid\"");
                afterStopBegan.start();
                root.addAppender(afterStopBegan);

                new NodeStop(node.context).run();

                assertThat(canonical.closed().orTimeout(10, TimeUnit.SECONDS).join())
                        .isEqualTo(new SocketProbe.Closed(1001, "server going away"));
                assertThat(canonical.frames().poll(1, TimeUnit.SECONDS)).as("the canonical socket's last frame")
                        .contains("\"event\":\"error\"").contains("\"code\":\"SERVER_STOPPING\"");
                assertThat(engineIo.closed().orTimeout(10, TimeUnit.SECONDS).join().code()).isEqualTo(1001);
            } finally {
                root.detachAppender(afterStopBegan);
            }
            assertThat(afterStopBegan.list).as("logged once the stop began")
                    .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                    .extracting(ILoggingEvent::getFormattedMessage).isEmpty();

            try (RunningCallout next = RunningCallout.startOn(data, SETTINGS)) {
                for (int i = 0; i < 2; i++) {
                    Socket again = open(next, "/api/v1/ws", customer.token());
                    assertThat(again.frames().poll(30, TimeUnit.SECONDS)).as("socket %d of the cap's 2", i + 1)
                            .contains("\"event\":\"connected\"");
                }
            }
        } finally {
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private record Socket(WebSocket socket, BlockingQueue<String> frames, CompletableFuture<SocketProbe.Closed> closed) {
    }

    private Socket open(RunningCallout node, String path, String token) {
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        CompletableFuture<SocketProbe.Closed> closed = new CompletableFuture<>();
        WebSocket.Builder builder = http.newWebSocketBuilder();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        WebSocket socket = builder.buildAsync(URI.create(node.server.getURL().toString().replaceFirst("^http", "ws") + path),
                new WholeTextListener(frames::add, closed)).orTimeout(30, TimeUnit.SECONDS).join();
        return new Socket(socket, frames, closed);
    }
}
