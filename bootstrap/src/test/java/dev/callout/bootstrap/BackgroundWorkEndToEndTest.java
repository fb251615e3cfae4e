package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Every background loop of a running node on its PostgreSQL, with short timeouts: dispatch steps,
 * widening, expiry, scheduled starts and offer withdrawal through the timers and the relay; the
 * payment sweeper; the account purge. Failures are planted in the database itself (a check
 * constraint, triggers), as the V3 provider check once failed every expiry, and each test shows
 * the rest of the work goes on, the failing item is parked or skipped, and it recovers.
 */
class BackgroundWorkEndToEndTest {

    private static final int MAX_ATTEMPTS = 3;

    private static final RunningCallout callout = RunningCallout.start(Map.ofEntries(
            Map.entry("callout.dispatch.batch-size", 1),
            Map.entry("callout.dispatch.radii-km", List.of(1.0, 3.0)),
            Map.entry("callout.dispatch.offer-timeout", "500ms"),
            Map.entry("callout.dispatch.scheduled-lead", "1s"),
            Map.entry("callout.dispatch.timer-poll-interval", "50ms"),
            Map.entry("callout.dispatch.relay-poll-interval", "100ms"),
            Map.entry("callout.background.max-attempts", MAX_ATTEMPTS),
            Map.entry("callout.background.first-retry", "200ms"),
            Map.entry("callout.background.max-retry", "400ms"),
            Map.entry("callout.accounts.deletion-grace-period", "1ms"),
            Map.entry("callout.accounts.purge-interval", "300ms"),
            Map.entry("callout.accounts.purge-initial-delay", "300ms"),
            Map.entry("callout.payments.settle-interval", "300ms"),
            Map.entry("callout.payments.settle-initial-delay", "300ms")));

    private final JsonMapper json = callout.context.getBean(JsonMapper.class);

    /** A provider of plumbing online 2 km north of {@code lat, lng}: outside the first radius (1 km), inside the second. */
    private Account plumberTwoKmNorthOf(double lat, double lng) {
        Account provider = callout.provider("plumber");
        callout.patch("/api/v1/providers/me/availability", provider.token(), "{\"status\": \"online\"}");
        assertThat(callout.patch("/api/v1/providers/me/location", provider.token(),
                "{\"lat\": %s, \"lng\": %s}".formatted(lat + 2 / 111.195, lng)).status()).isEqualTo(200);
        return provider;
    }

    private String post(Account customer, String description, double lat, double lng) {
        Reply posted = callout.post("/api/v1/jobs", customer.token(), """
                {"category": "plumber", "description": "%s", "location": {"lat": %s, "lng": %s}, "urgency": "immediate"}"""
                .formatted(description, lat, lng));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        return posted.get("id");
    }

    private String status(String jobId, Account customer) {
        return callout.get("/api/v1/jobs/" + jobId, customer.token()).get("status");
    }

    private List<Map<String, Object>> deadLetters(String kind, String subjectId) {
        Reply listed = callout.get("/api/v1/admin/dead-letters?kind=" + kind + "&limit=100", callout.admin().token());
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        return listed.data().stream().filter(letter -> subjectId.equals(letter.get("subject_id"))).toList();
    }

    @Test
    void aJobNobodyTakesExpiresAndAFailingTimerIsRetriedAloneParkedListedCountedAndRetriedByAnAdmin() {
        double lat = 9.30;
        double lng = 123.30; // Dumaguete, this test's own
        Account customer = callout.customer();
        Account provider = plumberTwoKmNorthOf(lat, lng);
        sql("ALTER TABLE jobs ADD CONSTRAINT planted_failure CHECK (description IS DISTINCT FROM 'cannot expire' "
                + "OR status <> 'no_provider_found') NOT VALID");
        try (CapturedWarnings warnings = new CapturedWarnings("callout.background");
             SocketProbe providerSocket = SocketProbe.connect(callout.server.getURL().toString(), provider.token(), json)) {
            providerSocket.await("connected");
            String stuck = post(customer, "cannot expire", lat, lng);
            String served = post(customer, "nobody will come", lat, lng);
            String scheduled = callout.post("/api/v1/jobs", customer.token(), """
                    {"category": "plumber", "location": {"lat": %s, "lng": %s}, "urgency": "scheduled", "scheduled_at": "%s"}"""
                    .formatted(lat, lng, Instant.now().plusSeconds(3))).get("id");

            SocketProbe.Frame widened = providerSocket.await("job.offered", data -> served.equals(data.get("job_id")));
            assertThat(((Number) widened.data().get("distance_km")).doubleValue()).as("offered at the second radius")
                    .isGreaterThan(1.0);
            providerSocket.await("job.offer_withdrawn", data -> served.equals(data.get("job_id"))
                    && "no_provider_found".equals(data.get("reason")));
            assertThat(status(served, customer)).isEqualTo("no_provider_found");
            providerSocket.await("job.offered", data -> scheduled.equals(data.get("job_id")));
            TrustWorld.eventually(() -> status(scheduled, customer), "no_provider_found"::equals);

            Map<String, Object> parked = TrustWorld.eventually(() -> deadLetters("timer", stuck), found -> found.size() == 1)
                    .getFirst();
            assertThat(parked).containsEntry("kind", "timer").containsEntry("work", "step_ends")
                    .containsEntry("attempts", MAX_ATTEMPTS).containsEntry("handler", null);
            assertThat((String) parked.get("last_error")).contains("planted_failure").doesNotContain("update", "Exception");
            assertThat(status(stuck, customer)).isEqualTo("requested");
            assertThat(deadLetters("event", stuck)).isEmpty();
            assertThat(parkedCount("timer")).isEqualTo(1);
            assertThat(warnings.mentioning(stuck)).as("logged once, when parked").hasSize(1);

            assertThat(callout.get("/api/v1/admin/dead-letters", customer.token()).status()).isEqualTo(403);
            Reply badKind = callout.get("/api/v1/admin/dead-letters?kind=bogus", callout.admin().token());
            assertThat(badKind.status()).isEqualTo(400);
            assertThat(badKind.errorFields()).containsKey("kind");
            assertThat(callout.post("/api/v1/admin/dead-letters/dlt_unknown/retry", callout.admin().token(), null).errorCode())
                    .isEqualTo("DEAD_LETTER_NOT_FOUND");
            assertThat(callout.post("/api/v1/admin/dead-letters/" + parked.get("id") + "/retry", customer.token(), null).status())
                    .isEqualTo(403);

            sql("ALTER TABLE jobs DROP CONSTRAINT planted_failure");
            Reply retried = callout.post("/api/v1/admin/dead-letters/" + parked.get("id") + "/retry", callout.admin().token(), null);
            assertThat(retried.status()).as(retried.text()).isEqualTo(202);
            assertThat(retried.json()).containsEntry("id", parked.get("id"));
            TrustWorld.eventually(() -> status(stuck, customer), "no_provider_found"::equals);
            assertThat(deadLetters("timer", stuck)).isEmpty();
            assertThat(callout.post("/api/v1/admin/dead-letters/" + parked.get("id") + "/retry", callout.admin().token(), null)
                    .status()).as("retried once").isEqualTo(404);
            assertThat(callout.get("/api/v1/admin/audit-log?limit=100", callout.admin().token()).data())
                    .anySatisfy(entry -> assertThat(entry).containsEntry("action", "dead_letter.retried")
                            .containsEntry("target_id", parked.get("id")));
            assertThat(warnings.mentioning(stuck)).as("and never again").hasSize(1);
        } finally {
            sql("ALTER TABLE jobs DROP CONSTRAINT IF EXISTS planted_failure");
        }
    }

    @Test
    void aHandlerThatKeepsFailingOnAnEventIsParkedWhileLaterEventsAreDeliveredAndRecoversWhenRetried() {
        double lat = 9.60;
        double lng = 123.80; // north of Dumaguete, this test's own
        Account customer = callout.customer();
        Account provider = plumberTwoKmNorthOf(lat, lng);
        sql("""
                CREATE FUNCTION planted_round_failure() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM jobs WHERE id = NEW.job_id AND description = 'cannot dispatch') THEN
                        RAISE EXCEPTION 'planted failure: rounds of this job cannot be written';
                    END IF;
                    RETURN NEW;
                END $$""");
        sql("CREATE TRIGGER planted_round_failure BEFORE INSERT OR UPDATE ON dispatch_rounds "
                + "FOR EACH ROW EXECUTE FUNCTION planted_round_failure()");
        try (SocketProbe providerSocket = SocketProbe.connect(callout.server.getURL().toString(), provider.token(), json)) {
            providerSocket.await("connected");
            String stuck = post(customer, "cannot dispatch", lat, lng);
            String later = post(customer, "dispatched as usual", lat, lng);

            providerSocket.await("job.offered", data -> later.equals(data.get("job_id")));
            Map<String, Object> parked = TrustWorld.eventually(() -> deadLetters("event", stuck), found -> found.size() == 1)
                    .getFirst();
            assertThat(parked).containsEntry("work", "job.posted").containsEntry("handler", "dispatch")
                    .containsEntry("attempts", MAX_ATTEMPTS);
            assertThat((String) parked.get("last_error")).contains("planted failure");
            assertThat(parkedCount("event")).isEqualTo(1);

            sql("DROP TRIGGER planted_round_failure ON dispatch_rounds");
            assertThat(callout.post("/api/v1/admin/dead-letters/" + parked.get("id") + "/retry", callout.admin().token(), null)
                    .status()).isEqualTo(202);
            providerSocket.await("job.offered", data -> stuck.equals(data.get("job_id")));
            TrustWorld.eventually(() -> status(stuck, customer), "no_provider_found"::equals);
            assertThat(deadLetters("event", stuck)).isEmpty();
        } finally {
            sql("DROP TRIGGER IF EXISTS planted_round_failure ON dispatch_rounds");
            sql("DROP FUNCTION IF EXISTS planted_round_failure()");
        }
    }

    @Test
    void theSweeperSettlesTheGatewayCallsLeftOverSkippingAPaymentThatFailsUntilItCanBeSettled() {
        double lat = 10.00;
        double lng = 124.00; // Bohol, this test's own
        String failing = authorisedCardPayment(lat, lng);
        String fine = authorisedCardPayment(lat, lng);
        sql("CREATE FUNCTION planted_payment_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'planted failure: this payment cannot be settled'; END $$");
        sql("CREATE TRIGGER planted_payment_failure BEFORE UPDATE ON payments FOR EACH ROW WHEN (OLD.id = '" + failing
                + "' AND OLD.pending_call IS NOT NULL AND NEW.pending_call IS NULL) EXECUTE FUNCTION planted_payment_failure()");
        try {
            // as if the node died after committing the capture it asked for, before making it
            sql("UPDATE payments SET pending_call = 'capture', release_requested = true, updated_at = now() - interval '1 hour' "
                    + "WHERE id IN ('" + failing + "', '" + fine + "')");
            oldestFirst(failing, fine);

            TrustWorld.eventually(() -> text("SELECT coalesce(pending_call, 'none') FROM payments WHERE id = ?", fine),
                    "none"::equals);
            assertThat(text("SELECT stage FROM payments WHERE id = ?", fine)).isEqualTo("captured");
            assertThat(text("SELECT pending_call FROM payments WHERE id = ?", failing)).isEqualTo("capture");

            sql("DROP TRIGGER planted_payment_failure ON payments");
            TrustWorld.eventually(() -> text("SELECT stage FROM payments WHERE id = ?", failing), "captured"::equals);
        } finally {
            sql("DROP TRIGGER IF EXISTS planted_payment_failure ON payments");
            sql("DROP FUNCTION IF EXISTS planted_payment_failure()");
        }
    }

    /** The failing payment sorts first, so a sweep that stopped at it would never reach the other. */
    private void oldestFirst(String first, String second) {
        sql("UPDATE payments SET updated_at = now() - interval '2 hours' WHERE id = '" + first + "'");
        assertThat(text("SELECT id FROM payments WHERE id IN (?, ?) ORDER BY updated_at LIMIT 1", first, second))
                .isEqualTo(first);
    }

    private String authorisedCardPayment(double lat, double lng) {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = post(customer, "Leaking pipe", lat, lng);
        Reply accepted = callout.post("/api/v1/jobs/" + jobId + "/accept", provider.token(), null);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        Reply paid = callout.post("/api/v1/payments", customer.token(), "{\"job_id\": \"%s\", \"method\": \"card\"}".formatted(jobId));
        assertThat(paid.status()).as(paid.text()).isEqualTo(201);
        assertThat(paid.get("status")).isEqualTo("authorized");
        return paid.get("id");
    }

    @Test
    void thePurgeRemovesTheDataOfDeletedAccountsSkippingOneThatFailsUntilItCanBePurged() {
        Account failing = callout.customer();
        Account fine = callout.customer();
        sql("CREATE FUNCTION planted_purge_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'planted failure: this account cannot be purged'; END $$");
        sql("CREATE TRIGGER planted_purge_failure BEFORE UPDATE ON users FOR EACH ROW WHEN (OLD.id = '" + failing.id()
                + "' AND NEW.email IS NULL) EXECUTE FUNCTION planted_purge_failure()");
        try {
            assertThat(callout.send("DELETE", "/api/v1/users/me", failing.token(), null).status()).isEqualTo(200);
            assertThat(callout.send("DELETE", "/api/v1/users/me", fine.token(), null).status()).isEqualTo(200);

            TrustWorld.eventually(() -> text("SELECT coalesce(email, 'purged') FROM users WHERE id = ?", fine.id()),
                    "purged"::equals);
            assertThat(text("SELECT email FROM users WHERE id = ?", failing.id())).isEqualTo(failing.email());

            sql("DROP TRIGGER planted_purge_failure ON users");
            TrustWorld.eventually(() -> text("SELECT coalesce(email, 'purged') FROM users WHERE id = ?", failing.id()),
                    "purged"::equals);
        } finally {
            sql("DROP TRIGGER IF EXISTS planted_purge_failure ON users");
            sql("DROP FUNCTION IF EXISTS planted_purge_failure()");
        }
    }

    private long parkedCount(String kind) {
        String metrics = callout.get("/api/v1/metrics", callout.admin().token()).text();
        Matcher counter = Pattern.compile("callout_dead_letters_parked_total\\{kind=\"" + kind + "\"[^}]*} ([0-9.]+)")
                .matcher(metrics);
        assertThat(counter.find()).as(metrics).isTrue();
        return (long) Double.parseDouble(counter.group(1));
    }

    // ---- the node's own database, from outside

    private static DataSource database() {
        return callout.context.getBean(DataSourceResolver.class).resolve(callout.context.getBean(DataSource.class));
    }

    private static void sql(String statement) {
        try (Connection connection = database().getConnection(); var run = connection.createStatement()) {
            run.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String query, Object... parameters) {
        try (Connection connection = database().getConnection(); PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The warnings the core's {@code System.Logger} writes (through SLF4J to logback) while open. */
    private static final class CapturedWarnings implements AutoCloseable {

        private final ch.qos.logback.classic.Logger logger;
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

        CapturedWarnings(String name) {
            logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name);
            appender.start();
            logger.addAppender(appender);
        }

        List<String> mentioning(String text) {
            List<ILoggingEvent> events;
            synchronized (appender) { // logback appends under the appender's lock
                events = List.copyOf(appender.list);
            }
            return events.stream()
                    .filter(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
                    .map(ILoggingEvent::getFormattedMessage)
                    .filter(message -> message.contains(text)).toList();
        }

        @Override
        public void close() {
            logger.detachAppender(appender);
        }
    }
}
