package dev.callout.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load harness's provider sockets, in a process of their own so that the harness measures the server's memory
 * alone: logs in providers {@code load0 .. load<n-1>}, opens their sockets, prints {@code ready}, then sends each a
 * position every 5 seconds and prints {@code offered <job id> <epoch microseconds>} for the first {@code job.offered}
 * frame of each job; it ends when its standard input closes.
 *
 * <pre>java -cp benchmarks.jar dev.callout.benchmarks.SocketFleet http://127.0.0.1:port connected</pre>
 */
public final class SocketFleet {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JOB = Pattern.compile("\"job_id\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int connected = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        Set<String> offered = ConcurrentHashMap.newKeySet();
        CountDownLatch ready = new CountDownLatch(connected);
        List<WebSocket> sockets = new ArrayList<>();
        for (int i = 0; i < connected; i++) {
            String token = token(http, base, "load" + i + "@load.callout.dev");
            sockets.add(http.newWebSocketBuilder().buildAsync(
                    URI.create(base.replaceFirst("^http", "ws") + "/api/v1/ws?access_token=" + token), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence text, boolean last) {
                            String frame = text.toString();
                            if (frame.contains("\"connected\"")) {
                                ready.countDown();
                            } else if (frame.contains("\"job.offered\"")) {
                                long at = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
                                Matcher job = JOB.matcher(frame);
                                if (job.find() && offered.add(job.group(1))) {
                                    out.println("offered " + job.group(1) + " " + at);
                                }
                            }
                            webSocket.request(1);
                            return null;
                        }
                    }).join());
        }
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("sockets did not connect");
        }
        ScheduledExecutorService movers = Executors.newScheduledThreadPool(2);
        SplittableRandom random = new SplittableRandom(2);
        for (WebSocket socket : sockets) {
            double lat = 14.40 + random.nextDouble() * 0.4;
            double lng = 120.90 + random.nextDouble() * 0.4;
            movers.scheduleAtFixedRate(() -> socket.sendText("{\"event\":\"provider.location\",\"data\":{\"lat\":%.6f,\"lng\":%.6f}}"
                    .formatted(lat + random.nextDouble() * 0.001, lng), true), random.nextInt(5_000), 5_000, TimeUnit.MILLISECONDS);
        }
        out.println("ready");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            while (in.readLine() != null) {
                // the harness closes standard input when it is done
            }
        }
        movers.shutdownNow();
        sockets.forEach(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
    }

    private static String token(HttpClient http, String base, String identifier) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"identifier\":\"%s\",\"password\":\"%s\"}"
                        .formatted(identifier, LoadHarness.PASSWORD)))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(login.body());
        if (!token.find()) {
            throw new IllegalStateException("login failed for " + identifier + ": " + login.body());
        }
        return token.group(1);
    }
}
