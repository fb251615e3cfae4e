package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Callout as the jar runs it (its own JVM, {@link Application}, the embedded PostgreSQL on a data directory of its
 * own) stopped the way an operator stops it, SIGTERM, with its user's every socket open: it ends (60 s is a hang
 * bound) with the JVM's status for SIGTERM, the sockets hear 1001 (going away), nothing at WARN or above and no
 * stack trace is logged once the stop began, the database's processes are gone, and the next start on the same
 * data directory has what was written and lets the user open as many sockets as the cap allows again: the leases
 * were given back, not left to lapse (the heartbeat, and so the leases, last ten minutes here).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // two starts of the embedded database and the server on a busy machine
class ProcessEndEndToEndTest {

    private static final Duration HANG = Duration.ofSeconds(60);
    private static final int SIGTERM_STATUS = 128 + 15;
    private static final int CAP = 3;
    private static final String EMAIL = "operator@process-end.callout.dev";
    private static final String PASSWORD = "a long admin password";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void sigtermEndsTheSocketsThenTheServerThenTheDatabaseAndTheNextStartHasEverything() throws IOException {
        Path data = Files.createTempDirectory("callout-process-end");
        try {
            String bio = "written before the stop " + UUID.randomUUID();
            CalloutProcess first = CalloutProcess.start(settings(data), data.resolve("first.log"));
            String token = signIn(first);
            Reply written = first.send("PATCH", "/api/v1/users/me", token, "{\"bio\": \"" + bio + "\"}");
            assertThat(written.status()).as(written.text()).isEqualTo(200);
            List<Socket> sockets = new ArrayList<>();
            for (int i = 0; i < CAP; i++) {
                sockets.add(connected(first, token));
            }

            assertThat(first.terminate(HANG)).as(first.logTail()).isEqualTo(SIGTERM_STATUS);

            for (Socket socket : sockets) {
                assertThat(socket.closed().orTimeout(10, TimeUnit.SECONDS).join()).as("the close a socket heard")
                        .isEqualTo(new SocketProbe.Closed(1001, "server going away"));
            }
            List<String> log = Files.readAllLines(data.resolve("first.log"));
            int stopBegan = log.indexOf(log.stream().filter(line -> line.endsWith("Callout is stopping")).findFirst()
                    .orElseThrow(() -> new AssertionError("no stop logged:\n" + String.join("\n", log))));
            List<String> afterStopBegan = log.subList(stopBegan, log.size());
            assertThat(afterStopBegan).as("logged once the stop began")
                    .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR ") || line.startsWith("\tat ")
                            || line.startsWith("Caused by") || line.contains("Exception"))
                    .anyMatch(line -> line.matches(".*PostgreSQL on port \\d+ stopped"));
            Path database = data.resolve("node").resolve("postgres");
            assertThat(database.resolve("postmaster.pid")).doesNotExist();
            assertThat(ProcessHandle.allProcesses().map(process -> process.info().commandLine().orElse(""))
                    .filter(command -> command.contains(database.toString()))).as("processes on the data directory").isEmpty();

            CalloutProcess next = CalloutProcess.start(settings(data), data.resolve("next.log"));
            String again = signIn(next);
            Reply me = next.send("GET", "/api/v1/users/me", again, null);
            assertThat(me.status()).as(me.text()).isEqualTo(200);
            assertThat(me.get("bio")).isEqualTo(bio);
            for (int i = 0; i < CAP; i++) {
                connected(next, again);
            }
            assertThat(next.terminate(HANG)).as(next.logTail()).isEqualTo(SIGTERM_STATUS);
        } finally {
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** No external database: the process starts its embedded one under the data directory. */
    private static Map<String, String> settings(Path data) {
        return Map.of(
                "callout.data-dir", data.resolve("node").toString(),
                "micronaut.server.port", "-1",
                "callout.admin.email", EMAIL,
                "callout.admin.password", PASSWORD,
                "callout.passwords.argon2-memory-kib", "1024",
                "callout.passwords.argon2-iterations", "1",
                "callout.realtime.heartbeat", "10m",
                "callout.realtime.max-sockets-per-user", String.valueOf(CAP));
    }

    private static String signIn(CalloutProcess node) {
        Reply login = node.send("POST", "/api/v1/auth/login", null,
                "{\"identifier\": \"" + EMAIL + "\", \"password\": \"" + PASSWORD + "\"}");
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return login.get("access_token");
    }

    private record Socket(WebSocket socket, BlockingQueue<String> frames, CompletableFuture<SocketProbe.Closed> closed) {
    }

    /** A canonical socket whose first frame is {@code connected} (not the refusal past the cap). */
    private Socket connected(CalloutProcess node, String token) {
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        CompletableFuture<SocketProbe.Closed> closed = new CompletableFuture<>();
        WebSocket socket = http.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .buildAsync(URI.create(node.url().replaceFirst("^http", "ws") + "/api/v1/ws"),
                        new WholeTextListener(frames::add, closed))
                .orTimeout(30, TimeUnit.SECONDS).join();
        try {
            String first = frames.poll(30, TimeUnit.SECONDS);
            assertThat(first).as("the socket's first frame").isNotNull().contains("\"event\":\"connected\"");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Socket(socket, frames, closed);
    }
}
