package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin analytics over HTTP on PostgreSQL, in an application of its own (so the database holds
 * only this test's accounts and jobs): jobs posted through the API and moved through their states,
 * paid, refunded and cancelled, then counted; who may ask; and bad parameters.
 */
class AnalyticsEndToEndTest {

    private static final String PLUMBING = """
            {"category": "plumber", "description": "Leaking pipe", "urgency": "immediate",
             "location": {"lat": 14.5547, "lng": 121.0244, "address": "123 Rizal St, Makati"},
             "budget": {"amount": "850.00"}}""";

    private static RunningCallout callout;
    private static Instant started;
    private static Account admin;
    private static Account maria;
    private static Account pedro;
    private static List<String> timedJobs;

    @BeforeAll
    static void aWeekOfWorkInMinutes() {
        callout = RunningCallout.start(Map.of());
        started = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        admin = callout.admin();
        maria = callout.customer();
        Account juan = callout.customer();
        pedro = callout.provider("plumber");

        // J1: completed, paid by card (850.00), 100.00 refunded
        String completed = taken(maria, "in_progress", "completed");
        Reply paid = pay(maria, completed);
        assertThat(paid.get("status")).as(paid.text()).isEqualTo("completed");
        Reply refund = callout.post("/api/v1/payments/" + paid.get("id") + "/refunds", admin.token(),
                "{\"amount\": \"100.00\", \"reason\": \"The tap still drips\"}");
        assertThat(refund.status()).as(refund.text()).isEqualTo(201);
        // J2: cancelled before anyone took it
        String unwanted = posted(maria, PLUMBING);
        move(maria, unwanted, "cancelled");
        // J3: cancelled by the customer after acceptance; its card hold is released by the relay
        String changedPlans = taken(juan);
        String held = pay(juan, changedPlans).get("id");
        move(juan, changedPlans, "cancelled");
        TrustWorld.eventually(() -> callout.get("/api/v1/payments/" + held, juan.token()).get("status"), "cancelled"::equals);
        // J4: disputed while in progress
        String disputed = taken(juan, "in_progress");
        Reply raised = callout.post("/api/v1/disputes", juan.token(), "{\"job_id\": \"" + disputed + "\", \"reason\": \"left half done\"}");
        assertThat(raised.status()).as(raised.text()).isEqualTo(201);
        // J5: scheduled for tomorrow, still open
        posted(juan, PLUMBING.replace("\"immediate\"", "\"scheduled\", \"scheduled_at\": \"%s\""
                .formatted(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS))));
        timedJobs = List.of(completed, changedPlans, disputed);
    }

    @AfterAll
    static void stop() {
        callout.close();
    }

    private static String posted(Account customer, String body) {
        Reply posted = callout.post("/api/v1/jobs", customer.token(), body);
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        return posted.get("id");
    }

    /** Posted by the customer, accepted by Pedro and moved by him through {@code steps}. */
    private static String taken(Account customer, String... steps) {
        String job = posted(customer, PLUMBING);
        assertThat(callout.post("/api/v1/jobs/" + job + "/accept", pedro.token(), null).status()).isEqualTo(200);
        for (String step : steps) {
            move(pedro, job, step);
        }
        return job;
    }

    private static void move(Account who, String job, String status) {
        Reply moved = callout.patch("/api/v1/jobs/" + job + "/status", who.token(), "{\"status\": \"" + status + "\"}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    }

    private static Reply pay(Account customer, String job) {
        Reply paid = callout.post("/api/v1/payments", customer.token(), "{\"job_id\": \"" + job + "\", \"method\": \"card\"}");
        assertThat(paid.status()).as(paid.text()).isEqualTo(201);
        return paid;
    }

    private static String period() {
        return "from=" + started + "&to=" + Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static long number(Map<String, Object> object, String field) {
        return ((Number) object.get(field)).longValue();
    }

    /** The mean of accepted_at - created_at over the timed jobs as GET /jobs/{id} shows them, half up. */
    private static long meanAcceptanceSeconds() {
        long micros = 0;
        for (String job : timedJobs) {
            Reply read = callout.get("/api/v1/jobs/" + job, admin.token());
            micros += ChronoUnit.MICROS.between(Instant.parse(read.get("created_at")), Instant.parse(read.get("accepted_at")));
        }
        return BigDecimal.valueOf(micros).divide(BigDecimal.valueOf(timedJobs.size() * 1_000_000L), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    @Test
    void theFiguresCountWhatTheApiDid() {
        Reply analytics = callout.get("/api/v1/admin/analytics?" + period(), admin.token());

        assertThat(analytics.status()).as(analytics.text()).isEqualTo(200);
        assertThat(map(analytics.json().get("period"))).containsEntry("from", started.toString());
        Map<String, Object> jobs = map(analytics.json().get("jobs"));
        assertThat(jobs).containsEntry("total", 5).containsEntry("completed", 1).containsEntry("cancelled", 2)
                .containsEntry("disputed", 1).containsEntry("no_provider_found", 0).containsEntry("open", 1)
                .containsEntry("completion_rate", "0.2500");
        assertThat(map(analytics.json().get("users"))).containsEntry("active_customers", 2).containsEntry("active_workers", 1)
                .containsEntry("new_registrations", 3);
        assertThat(number(analytics.json(), "avg_job_acceptance_time_seconds")).isEqualTo(meanAcceptanceSeconds());

        Map<String, Object> payments = map(analytics.json().get("payments"));
        assertThat(payments).containsEntry("currency", "PHP").containsEntry("success_rate", "0.5000")
                .containsEntry("attempted", 2).containsEntry("captured", 1).containsEntry("unsettled", 0);
        assertThat(map(payments.get("total_volume"))).containsEntry("amount", "850.00").containsEntry("currency", "PHP");
        assertThat(map(payments.get("refunded"))).containsEntry("amount", "100.00");
        assertThat(map(payments.get("net_volume"))).containsEntry("amount", "750.00");
        assertThat(list(payments.get("by_currency"))).singleElement().satisfies(php -> {
            assertThat(php).containsEntry("currency", "PHP").containsEntry("attempted", 2).containsEntry("success_rate", "0.5000");
            assertThat(map(php.get("total_volume"))).containsEntry("amount", "850.00");
        });
    }

    @Test
    void aPeriodBeforeAnyOfItIsEmptyWithNullRatesAndNoCurrency() {
        Reply empty = callout.get("/api/v1/admin/analytics?from=2020-01-01&to=2020-01-31", admin.token());

        assertThat(empty.status()).as(empty.text()).isEqualTo(200);
        assertThat(map(empty.json().get("period"))).containsEntry("from", "2020-01-01T00:00:00Z")
                .containsEntry("to", "2020-02-01T00:00:00Z");
        assertThat(map(empty.json().get("jobs"))).containsEntry("total", 0).containsEntry("completion_rate", null);
        assertThat(empty.json()).containsEntry("avg_job_acceptance_time_seconds", null);
        assertThat(map(empty.json().get("payments"))).containsEntry("total_volume", null).containsEntry("currency", null)
                .containsEntry("success_rate", null).containsEntry("by_currency", List.of());
    }

    @Test
    void theSeriesStepsByTheHourAndAddsUpToTheSummary() {
        String period = period();
        Reply series = callout.get("/api/v1/admin/analytics/series?interval=hour&" + period, admin.token());

        assertThat(series.status()).as(series.text()).isEqualTo(200);
        assertThat(series.json()).containsEntry("interval", "hour");
        List<Map<String, Object>> points = series.data();
        assertThat(points.getFirst()).containsEntry("start", started.toString());
        assertThat(points.getLast().get("end")).isEqualTo(map(series.json().get("period")).get("to"));
        assertThat(points.stream().mapToLong(point -> number(map(point.get("jobs")), "total")).sum()).isEqualTo(5);
        assertThat(points.stream().flatMap(point -> list(point.get("payments")).stream())
                .mapToLong(php -> number(php, "attempted")).sum()).isEqualTo(2);

        Reply days = callout.get("/api/v1/admin/analytics/series?" + period, admin.token());
        assertThat(days.json()).containsEntry("interval", "day");
    }

    @Test
    void onlyAdminsMayAskAndAnonymousCallersAreUnauthenticated() {
        for (String path : List.of("/api/v1/admin/analytics", "/api/v1/admin/analytics/series")) {
            for (Account other : List.of(maria, pedro)) {
                Reply refused = callout.get(path, other.token());
                assertThat(refused.status()).as(path).isEqualTo(403);
                assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
            }
            Reply anonymous = callout.get(path, null);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.errorCode()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void badParametersAreRefusedInTheEnvelopeNamingTheField() {
        String today = LocalDate.now().toString();
        Map<String, String> refusals = Map.of(
                "/api/v1/admin/analytics?from=2026-02-30", "from",
                "/api/v1/admin/analytics?to=yesterday", "to",
                "/api/v1/admin/analytics?from=" + today + "&to=2020-01-01", "to",
                "/api/v1/admin/analytics?from=2000-01-01&to=2020-01-01", "to",
                "/api/v1/admin/analytics?from=1969-12-31", "from",
                "/api/v1/admin/analytics/series?interval=month", "interval",
                "/api/v1/admin/analytics/series?interval=hour&from=2025-01-01&to=2025-03-01", "interval");
        refusals.forEach((path, field) -> {
            Reply refused = callout.get(path, admin.token());
            assertThat(refused.status()).as(path + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
            assertThat(refused.errorFields()).as(path).containsOnlyKeys(field);
            assertThat(refused.text()).doesNotContain("Exception", "java.");
        });
        for (String path : List.of("/api/v1/admin/analytics?from=%00", "/api/v1/admin/analytics/series?interval=%E2%80%AEday")) {
            Reply refused = callout.get(path, admin.token());
            assertThat(refused.status()).as(path + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("MALFORMED_REQUEST");
            assertThat(refused.errorFields()).as(path).containsOnlyKeys(path.contains("interval") ? "interval" : "from");
        }
    }
}
