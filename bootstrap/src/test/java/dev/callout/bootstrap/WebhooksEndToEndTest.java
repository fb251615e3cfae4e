package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.callout.application.port.Webhooks;
import dev.callout.application.webhook.WebhookDelivery;
import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.core.type.Argument;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outgoing webhooks through the whole server on PostgreSQL: real receivers on loopback (so
 * http and private addresses are allowed here), a one-second timeout and sub-second retries.
 * The refusals of the default, strict rules run against the shared server.
 */
class WebhooksEndToEndTest {

    private static RunningCallout callout;
    private static Receiver receiver;

    @BeforeAll
    static void start() {
        callout = RunningCallout.start(Map.of(
                "callout.webhooks.allow-http", true,
                "callout.webhooks.allow-private-addresses", true,
                "callout.webhooks.timeout", "1s",
                "callout.webhooks.first-retry", "200ms",
                "callout.webhooks.max-retry", "400ms",
                "callout.webhooks.per-endpoint-concurrency", 2,
                "callout.webhooks.poll-interval", "100ms"));
        receiver = new Receiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
        callout.close();
    }

    /** A loopback HTTP server: each path answers as told, and records what it got. */
    static final class Receiver implements AutoCloseable {

        record Request(String path, Map<String, String> headers, String body, Instant at) {
        }

        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final HttpServer server;
        private final List<Request> requests = new CopyOnWriteArrayList<>();
        private final Map<String, IntSupplier> answers = new ConcurrentHashMap<>();
        final CountDownLatch released = new CountDownLatch(1);

        Receiver() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(threads);
            server.createContext("/", this::handle);
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        void answer(String path, IntSupplier status) {
            answers.put(path, status);
        }

        List<Request> at(String path) {
            return requests.stream().filter(request -> request.path().equals(path)).toList();
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                Map<String, String> headers = new ConcurrentHashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
                requests.add(new Request(path, headers, new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8), Instant.now()));
                int status = answers.getOrDefault(path, () -> 200).getAsInt();
                if (status == 0) {
                    released.await();
                    return;
                }
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            released.countDown();
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private static Map<String, Object> register(String path, String events) {
        Reply created = callout.post("/api/v1/admin/webhooks", callout.admin().token(),
                "{\"url\": \"" + receiver.url(path) + "\", \"events\": " + events + ", \"description\": \"e2e\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json();
    }

    private static List<Map<String, Object>> deliveries(String webhookId) {
        Reply reply = callout.get("/api/v1/admin/webhooks/" + webhookId + "/deliveries?limit=100", callout.admin().token());
        assertThat(reply.status()).isEqualTo(200);
        return reply.data();
    }

    private static String postJob(String customerToken) {
        Reply job = callout.post("/api/v1/jobs", customerToken, """
                {"category": "plumber", "description": "Leaking pipe", "urgency": "immediate",
                 "location": {"lat": 14.5547, "lng": 121.0244, "address": "Ayala Ave"}}""");
        assertThat(job.status()).as(job.text()).isEqualTo(201);
        return job.get("id");
    }

    /** The receiver's side: the signature over "t.body" with the secret, and the event id header against the body. */
    private static Map<String, Object> verified(Receiver.Request request, String secret) throws Exception {
        String[] parts = request.headers().get("callout-signature").split(",");
        assertThat(parts[0]).startsWith("t=");
        assertThat(parts[1]).startsWith("v1=");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((parts[0].substring(2) + "." + request.body())
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(parts[1].substring(3)).isEqualTo(expected);
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(parts[0].substring(2)))).isLessThan(300);
        Map<String, Object> event = callout.context.getBean(JsonMapper.class).readValue(request.body(), Argument.mapOf(String.class, Object.class));
        assertThat(event).containsOnlyKeys("id", "type", "created_at", "data");
        assertThat(request.headers()).containsEntry("callout-event-id", (String) event.get("id"));
        assertThat(request.headers().get("content-type")).isEqualTo("application/json");
        return event;
    }

    @Test
    void aReceiverGetsSignedDeliveriesOfAJobsEventsThatItCanVerify() throws Exception {
        Map<String, Object> webhook = register("/orders", "[\"job.posted\", \"job.status_changed\"]");
        String secret = (String) webhook.get("secret");
        RunningCallout.Account customer = callout.customer();

        String jobId = postJob(customer.token());
        assertThat(callout.patch("/api/v1/jobs/" + jobId + "/status", customer.token(), "{\"status\": \"cancelled\"}").status())
                .isEqualTo(200);

        List<Receiver.Request> got = TrustWorld.eventually(() -> receiver.at("/orders"), requests -> requests.size() >= 2);
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (Receiver.Request request : got) {
            bodies.add(verified(request, secret));
        }
        // delivery is at least once, in no promised order
        Map<String, Object> posted = ofType(bodies, "job.posted");
        Map<String, Object> cancelled = ofType(bodies, "job.status_changed");
        assertThat(TrustWorld.map(posted.get("data"))).containsEntry("job_id", jobId).containsEntry("category", "plumber");
        assertThat(TrustWorld.map(cancelled.get("data"))).containsEntry("to", "cancelled");
        assertThat(posted.get("id")).isNotEqualTo(cancelled.get("id"));

        List<Map<String, Object>> listed = TrustWorld.eventually(() -> deliveries((String) webhook.get("id")),
                rows -> rows.size() == 2 && rows.stream().allMatch(row -> "delivered".equals(row.get("status"))));
        assertThat(listed).allSatisfy(row -> {
            assertThat(row).containsEntry("attempts", 1).containsEntry("last_response_code", 200)
                    .containsEntry("next_attempt_at", null);
            assertThat(row.get("event_id")).isIn(posted.get("id"), cancelled.get("id"));
        });
        Reply list = callout.get("/api/v1/admin/webhooks", callout.admin().token());
        assertThat(list.data()).anySatisfy(row -> assertThat(row).containsEntry("id", webhook.get("id"))
                .containsEntry("url", receiver.url("/orders")).doesNotContainKey("secret"));
        assertThat(list.text()).doesNotContain(secret);
    }

    @Test
    void aJobDeletedByAModeratorReachesTheIntegratorsThatMirrorJobs() throws Exception {
        Map<String, Object> webhook = register("/moderation", "[\"job.deleted\"]");
        RunningCallout.Account customer = callout.customer();
        String jobId = postJob(customer.token());

        assertThat(callout.send("DELETE", "/api/v1/jobs/" + jobId, callout.admin().token(), null).status()).isEqualTo(204);

        Receiver.Request got = TrustWorld.eventually(() -> receiver.at("/moderation"), requests -> !requests.isEmpty()).getFirst();
        Map<String, Object> deleted = verified(got, (String) webhook.get("secret"));
        assertThat(deleted.get("type")).isEqualTo("job.deleted");
        assertThat(TrustWorld.map(deleted.get("data"))).containsEntry("job_id", jobId).containsEntry("customer_id", customer.id())
                .containsEntry("provider_id", null);
    }

    @Test
    void aReceiverThatAnswers500ThenOkSeesTheSameEventAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        receiver.answer("/flaky", () -> calls.getAndIncrement() == 0 ? 500 : 200);
        Map<String, Object> webhook = register("/flaky", "[\"*\"]");

        Reply test = callout.post("/api/v1/admin/webhooks/" + webhook.get("id") + "/test", callout.admin().token(), null);
        assertThat(test.status()).isEqualTo(202);
        assertThat(test.json()).containsEntry("event_type", "webhook.test").containsEntry("status", "pending");

        List<Receiver.Request> got = TrustWorld.eventually(() -> receiver.at("/flaky"), requests -> requests.size() >= 2);
        Map<String, Object> first = verified(got.get(0), (String) webhook.get("secret"));
        Map<String, Object> second = verified(got.get(1), (String) webhook.get("secret"));
        assertThat(second).isEqualTo(first);
        assertThat(first).containsEntry("type", "webhook.test").containsEntry("id", test.get("event_id"));
        Map<String, Object> delivery = TrustWorld.eventually(() -> deliveries((String) webhook.get("id")).getFirst(),
                row -> "delivered".equals(row.get("status")));
        assertThat(delivery).containsEntry("attempts", 2).containsEntry("last_response_code", 200);
    }

    @Test
    void aHangingReceiverDelaysNeitherAHealthyOneNorTheRest() {
        receiver.answer("/hanging", () -> 0);
        Map<String, Object> hanging = register("/hanging", "[\"job.posted\"]");
        Map<String, Object> healthy = register("/healthy", "[\"job.posted\"]");
        RunningCallout.Account customer = callout.customer();

        for (int i = 0; i < 4; i++) {
            postJob(customer.token());
        }

        TrustWorld.eventually(() -> receiver.at("/healthy"), requests -> requests.size() >= 4);
        assertThat(receiver.released.getCount()).as("the hanging receiver still holds its connections").isEqualTo(1);
        assertThat(receiver.at("/hanging")).hasSizeBetween(1, 2);
        List<Map<String, Object>> stuck = TrustWorld.eventually(() -> deliveries((String) hanging.get("id")),
                rows -> rows.stream().anyMatch(row -> "timed out".equals(row.get("last_error"))));
        assertThat(stuck).allSatisfy(row -> assertThat(row.get("status")).isEqualTo("pending"));
        assertThat(deliveries((String) healthy.get("id"))).hasSize(4);
    }

    @Test
    void aDeliveryLeasedByANodeThatDiedIsDeliveredOnceTheLeaseLapses() {
        Map<String, Object> webhook = register("/orphan", "[\"*\"]");
        Webhooks webhooks = callout.context.getBean(Webhooks.class);
        Instant later = Instant.now().plusSeconds(2);
        webhooks.record(List.of(WebhookDelivery.pending("whd_orphan" + System.nanoTime(), (String) webhook.get("id"),
                "evt_orphan", "job.posted", "{\"id\":\"evt_orphan\"}", later)));

        // a node claims it (at its due time) and dies before it reports: nobody else may take it for the lease
        assertThat(webhooks.claim(later, 10, 10, Map.of(), Duration.ofMillis(500))).hasSize(1);

        Receiver.Request got = TrustWorld.eventually(() -> receiver.at("/orphan"), requests -> !requests.isEmpty()).getFirst();
        assertThat(got.at()).isAfter(later.plusMillis(500));
        assertThat(got.body()).isEqualTo("{\"id\":\"evt_orphan\"}");
        TrustWorld.eventually(() -> deliveries((String) webhook.get("id")).getFirst(), row -> "delivered".equals(row.get("status")));
    }

    @Test
    void afterThreeDaysOfFailuresADeliveryIsFailed() throws SQLException {
        receiver.answer("/broken", () -> 503);
        Map<String, Object> webhook = register("/broken", "[\"*\"]");
        callout.post("/api/v1/admin/webhooks/" + webhook.get("id") + "/test", callout.admin().token(), null);
        TrustWorld.eventually(() -> deliveries((String) webhook.get("id")).getFirst(),
                row -> ((Integer) row.get("attempts")) >= 1);

        DataSource database = callout.context.getBean(DataSourceResolver.class).resolve(callout.context.getBean(DataSource.class));
        try (Connection connection = database.getConnection(); var statement = connection.prepareStatement(
                "UPDATE webhook_deliveries SET created_at = created_at - interval '3 days' WHERE endpoint_id = ?")) {
            statement.setString(1, (String) webhook.get("id"));
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }

        Map<String, Object> failed = TrustWorld.eventually(() -> deliveries((String) webhook.get("id")).getFirst(),
                row -> "failed".equals(row.get("status")));
        assertThat(failed).containsEntry("last_response_code", 503).containsEntry("last_error", "answered 503")
                .containsEntry("next_attempt_at", null);
    }

    private static Map<String, Object> ofType(List<Map<String, Object>> bodies, String type) {
        assertThat(bodies).filteredOn(body -> type.equals(body.get("type"))).hasSize(1);
        return bodies.stream().filter(body -> type.equals(body.get("type"))).findFirst().orElseThrow();
    }
}
