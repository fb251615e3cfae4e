package dev.callout.bootstrap;

import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Callout as a JVM of its own: this test JVM's java and classpath with {@link Application} as
 * the main class (so {@link HaltAtStep}, a test class, can be switched on), talking over HTTP,
 * and killed for real: {@link #kill} is SIGKILL, {@link #terminate} SIGTERM. Its output goes to a log file for failures.
 */
final class CalloutProcess {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Pattern READY = Pattern.compile("Callout is ready at (http://\\S+)/api/v1");
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final Process process;
    private final Thread output;
    private final String url;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private CalloutProcess(Process process, Thread output, String url, Path log) {
        this.process = process;
        this.output = output;
        this.url = url;
        this.log = log;
    }

    /** Starts it with these system properties and waits until it says it is ready. */
    static CalloutProcess start(Map<String, String> properties, Path log) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath()));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add(Application.class.getName());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<String> ready = new CompletableFuture<>();
            Thread output = Thread.ofPlatform().daemon().name("callout-process-output").start(() -> copyOutput(process, log, ready));
            try {
                return new CalloutProcess(process, output, ready.get(STARTUP.toSeconds(), TimeUnit.SECONDS), log);
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError("the server did not start: " + e.getMessage() + "\n" + tail(log), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Surefire names the test classpath here; the JVM's own may be a manifest-only jar. */
    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static void copyOutput(Process process, Path log, CompletableFuture<String> ready) {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer file = Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            String line;
            while ((line = output.readLine()) != null) {
                file.write(line);
                file.write('\n');
                file.flush();
                Matcher matcher = READY.matcher(line);
                if (matcher.find()) {
                    ready.complete(matcher.group(1));
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("the process ended before it was ready"));
    }

    /** Sends a request; an {@link UncheckedIOException} when the server dies under it. */
    Reply send(String method, String path, String token, String body, Map<String, String> headers) {
        return RunningCallout.exchange(http, JSON, HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60)),
                method, token, body, headers);
    }

    Reply send(String method, String path, String token, String body) {
        return send(method, path, token, body, Map.of());
    }

    /** Waits for the process to end by itself (a halt at a step) and says with which status. */
    int awaitExit() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                throw new AssertionError("the server did not halt\n" + tail(log));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * SIGTERM, as an operator stops it: the exit status once it ended and its last words are in the log; an
     * {@link AssertionError} if it hangs past {@code limit}.
     */
    int terminate(Duration limit) {
        try {
            process.toHandle().destroy(); // Process.destroy would also close the pipe its last words come through
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
                throw new AssertionError("the server did not stop within " + limit + " of SIGTERM\n" + tail(log));
            }
            output.join(Duration.ofSeconds(10));
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where it serves, {@code http://host:port}. */
    String url() {
        return url;
    }

    /** kill -9. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String logTail() {
        return tail(log);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
