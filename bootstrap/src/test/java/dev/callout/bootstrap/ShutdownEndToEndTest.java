package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.jdbc.DataSourceResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A node stopping on its own PostgreSQL, its background work under way: the loops, the webhook attempts in flight
 * and the LISTEN connection end first, then the pool, then the database, so nothing is logged against a dead
 * database; what was left is done by the next node on the same data directory.
 */
class ShutdownEndToEndTest {

    private static final int JOBS = 6;
    private static final Map<String, Object> SETTINGS = Map.of(
            "callout.webhooks.allow-http", true,
            "callout.webhooks.allow-private-addresses", true,
            "callout.webhooks.timeout", "10s",
            "callout.webhooks.poll-interval", "100ms",
            "callout.webhooks.per-endpoint-concurrency", 2,
            "callout.dispatch.relay-poll-interval", "100ms");

    @Test
    void aStoppingNodeEndsItsBackgroundWorkBeforeItsDatabaseAndTheNextNodeDoesWhatItLeft() throws IOException {
        Path data = Files.createTempDirectory("callout-shutdown");
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        ListAppender<ILoggingEvent> afterStopBegan = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        try (WebhooksEndToEndTest.Receiver receiver = new WebhooksEndToEndTest.Receiver()) {
            String webhook;
            try (RunningCallout node = RunningCallout.startOn(data, SETTINGS)) {
                List<Thread> webhookLoop = Thread.getAllStackTraces().keySet().stream()
                        .filter(thread -> !before.contains(thread) && thread.getName().equals("callout-webhooks")).toList();
                assertThat(webhookLoop).hasSize(1);
                // the first node's attempts are answered only once its webhook loop has stopped: they are in flight at the stop
                receiver.answer("/slow", () -> {
                    TrustWorld.eventually(webhookLoop.getFirst()::isAlive, alive -> !alive);
                    return 200;
                });
                webhook = register(node, receiver.url("/slow"));
                Account customer = node.customer();
                for (int i = 0; i < JOBS; i++) {
                    Reply posted = node.post("/api/v1/jobs", customer.token(), """
                            {"category": "plumber", "description": "job %d", "location": {"lat": 14.55, "lng": 121.02}, "urgency": "immediate"}"""
                            .formatted(i));
                    assertThat(posted.status()).as(posted.text()).isEqualTo(201);
                }
                TrustWorld.eventually(() -> receiver.at("/slow"), requests -> requests.size() == 2);
                afterStopBegan.start();
                root.addAppender(afterStopBegan);
            } finally {
                root.detachAppender(afterStopBegan);
            }

            assertThat(afterStopBegan.list).as("logged once the stop began")
                    .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                    .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
            assertThat(afterStopBegan.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anyMatch(message -> message.startsWith("PostgreSQL on port") && message.endsWith("stopped"));

            try (RunningCallout next = RunningCallout.startOn(data, SETTINGS)) {
                TrustWorld.eventually(() -> deliveries(next, webhook),
                        rows -> rows.size() == JOBS && rows.stream().allMatch(row -> "delivered".equals(row.get("status"))));
                TrustWorld.eventually(() -> unpublishedEvents(next), count -> count == 0);
                assertThat(deliveries(next, webhook)).as("the attempts in flight at the stop were recorded by the first node")
                        .filteredOn(row -> ((Number) row.get("attempts")).intValue() == 1).hasSize(JOBS);
            }
        } finally {
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static String register(RunningCallout node, String url) {
        Reply created = node.post("/api/v1/admin/webhooks", node.admin().token(),
                "{\"url\": \"" + url + "\", \"events\": [\"job.posted\"], \"description\": \"shutdown\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.get("id");
    }

    private static List<Map<String, Object>> deliveries(RunningCallout node, String webhook) {
        Reply listed = node.get("/api/v1/admin/webhooks/" + webhook + "/deliveries?limit=100", node.admin().token());
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        return listed.data();
    }

    private static long unpublishedEvents(RunningCallout node) {
        DataSource database = node.context.getBean(DataSourceResolver.class).resolve(node.context.getBean(DataSource.class));
        try (Connection connection = database.getConnection(); var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM outbox WHERE published_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
