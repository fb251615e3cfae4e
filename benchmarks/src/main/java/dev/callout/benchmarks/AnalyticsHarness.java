package dev.callout.benchmarks;

import dev.callout.application.analytics.AnalyticsPeriod;
import dev.callout.application.analytics.Figures;
import dev.callout.application.port.Analytics;
import dev.callout.persistence.embedded.EmbeddedPostgresServer;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The analytics at a million jobs (loopback only, bounded). Starts Callout's application context
 * on an embedded PostgreSQL in a temporary directory, bulk-loads two years of a marketplace with
 * set-based SQL (220,000 accounts, 1,000,000 jobs, their payments and some refunds), vacuums it,
 * then times {@code Analytics.figures} over the last month, year and all of it, and a series by
 * day and by week, and prints p50/p99 and each query's EXPLAIN ANALYZE.
 *
 * <pre>./mvnw -q -Pbench -pl benchmarks -am package -DskipTests
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.callout.benchmarks.AnalyticsHarness [jobs]</pre>
 */
public final class AnalyticsHarness {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.DAYS);
    private static final Duration HISTORY = Duration.ofDays(730);

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path data = Files.createTempDirectory("callout-analytics");
        try {
            run(data, jobs);
        } finally {
            LoadHarness.deleteTree(data);
        }
    }

    private static void run(Path data, int jobs) throws Exception {
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, load average "
                + Files.readString(Path.of("/proc/loadavg")).trim());
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startThrowaway(data.resolve("postgres"), 0)) {
            postgres.createDatabaseIfMissing("callout");
            String url = postgres.jdbcUrl("callout");
            Map<String, Object> properties = new HashMap<>();
            properties.put("callout.data-dir", data.toString());
            properties.put("datasources.default.url", url);
            properties.put("datasources.default.username", postgres.user());
            properties.put("datasources.default.password", postgres.password());
            properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                    "analytics-harness-secret-analytics-harness-secret-0123");
            properties.put("callout.webhooks.secrets-key", "analytics-harness-webhook-secrets-key-0123456789");
            properties.put("logger.levels.callout", "WARN");
            CapturedSql captured = new CapturedSql();
            try (ApplicationContext context = ApplicationContext.builder().properties(properties).build()) {
                captured.listenTo(context);
                context.start();
                Analytics analytics = context.getBean(Analytics.class);
                try (Connection connection = DriverManager.getConnection(url, postgres.user(), postgres.password());
                     Statement statement = connection.createStatement()) {
                    long start = System.nanoTime();
                    load(statement, jobs);
                    System.out.printf("loaded in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, counts(statement));
                    start = System.nanoTime();
                    statement.execute("VACUUM (ANALYZE)");
                    System.out.printf("vacuumed and analysed in %.1f s%n", (System.nanoTime() - start) / 1e9);
                    measure(analytics, captured, statement);
                }
            }
        }
        System.out.println("load average after: " + Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /**
     * Two years ending today: customers and providers registered over it, jobs posted uniformly
     * (78% completed, 2% disputed, 8% cancelled, half of them after acceptance, 5% expired, 7% open;
     * 10% scheduled; 3% in USD), a captured payment for each completed or disputed job (after a
     * failed attempt for 3% of them), a held card for half of the jobs under way, and a refund of a
     * tenth of the amount for 2% of the captured payments.
     *
     * <p>This names the tables' columns itself, as the migrations do, rather than taking them from
     * {@code Tables}: it seeds the schema with set-based SQL (a million jobs built one by one through
     * {@code JobMapper} would take hours) and nothing reads an aggregate back through it, so it is a
     * fixture of the schema, not a second mapping of the job. A renamed column fails its first run.
     */
    private static void load(Statement sql, int jobs) throws Exception {
        String from = "'" + NOW.minus(HISTORY) + "'::timestamptz";
        sql.execute("SELECT setseed(0.11)");
        sql.execute("""
                INSERT INTO users (id, role, name, email, password_hash, status, categories, created_at, updated_at)
                SELECT 'usr_c' || lpad(i::text, 7, '0'), 'customer', 'Customer ' || i, 'c' || i || '@bench.callout.dev', '!',
                       'active', '{}', t, t
                FROM (SELECT i, %1$s + random() * interval '730 days' AS t FROM generate_series(0, 199999) AS i) AS drawn;
                INSERT INTO users (id, role, name, email, password_hash, status, categories, created_at, updated_at)
                SELECT 'usr_p' || lpad(i::text, 7, '0'), 'provider', 'Provider ' || i, 'p' || i || '@bench.callout.dev', '!',
                       'active', ARRAY['plumber', 'electrician', 'cleaning'], t, t
                FROM (SELECT i, %1$s + random() * interval '730 days' AS t FROM generate_series(0, 19999) AS i) AS drawn""".formatted(from));
        sql.execute("""
                CREATE TEMPORARY TABLE drawn AS
                SELECT i, %1$s + random() * interval '730 days' AS created_at, random() AS fate, random() < 0.1 AS scheduled,
                       random() < 0.03 AS usd, (random() * 199999)::int AS customer, (random() * 19999)::int AS provider,
                       20 + random() * 580 AS wait_s, 50000 + (random() * 250000)::bigint AS total
                FROM generate_series(1, %2$d) AS i""".formatted(from, jobs));
        sql.execute("""
                INSERT INTO jobs (id, customer_id, provider_id, category, location_lat, location_lng, urgency, scheduled_at,
                                  price_basis, distance_km, total_minor, platform_fee_minor, provider_net_minor, fee_bps,
                                  currency, status, created_at, accepted_at, started_at, completed_at, cancelled_at,
                                  updated_at, version)
                SELECT 'job_' || lpad(i::text, 8, '0'), 'usr_c' || lpad(customer::text, 7, '0'),
                       CASE WHEN s.assigned THEN 'usr_p' || lpad(provider::text, 7, '0') END,
                       'plumber', 14.55, 121.02, CASE WHEN scheduled THEN 'scheduled' ELSE 'immediate' END,
                       CASE WHEN scheduled THEN created_at + interval '2 days' END,
                       'budget', 0, total, total / 20, total - total / 20, 500, CASE WHEN usd THEN 'USD' ELSE 'PHP' END,
                       s.status, created_at,
                       CASE WHEN s.assigned THEN created_at + wait_s * interval '1 second' END,
                       CASE WHEN s.status IN ('completed', 'disputed', 'in_progress') THEN created_at + interval '30 minutes' END,
                       CASE WHEN s.status IN ('completed', 'disputed') THEN created_at + interval '90 minutes' END,
                       CASE WHEN s.status = 'cancelled' THEN created_at + interval '3 minutes' END,
                       created_at + interval '2 hours', 1
                FROM drawn, LATERAL (SELECT CASE
                        WHEN fate < 0.78 THEN 'completed' WHEN fate < 0.80 THEN 'disputed'
                        WHEN fate < 0.84 THEN 'cancelled' WHEN fate < 0.88 THEN 'cancelled'
                        WHEN fate < 0.93 THEN 'no_provider_found' WHEN fate < 0.95 THEN 'requested'
                        WHEN fate < 0.97 THEN 'accepted' ELSE 'in_progress' END AS status,
                        fate < 0.84 OR fate >= 0.95 AS assigned) AS s""");
        sql.execute("""
                INSERT INTO payments (id, job_id, customer_id, provider_id, method, currency, amount_minor, fee_minor,
                                      net_minor, hold_plan, stage, status, released, release_requested, cancel_requested,
                                      disputed, captured_minor, created_at, captured_at, updated_at, version)
                SELECT 'pay_f' || substr(id, 5), id, customer_id, provider_id, 'card', currency, total_minor,
                       platform_fee_minor, provider_net_minor, 'authorise', 'failed', 'failed', false, false, false, false, 0,
                       completed_at, null, completed_at, 1
                FROM jobs WHERE status IN ('completed', 'disputed') AND random() < 0.03;
                INSERT INTO payments (id, job_id, customer_id, provider_id, method, currency, amount_minor, fee_minor,
                                      net_minor, hold_plan, stage, status, released, release_requested, cancel_requested,
                                      disputed, captured_minor, created_at, captured_at, updated_at, version)
                SELECT 'pay_c' || substr(id, 5), id, customer_id, provider_id, CASE WHEN random() < 0.3 THEN 'cash' ELSE 'card' END,
                       currency, total_minor, platform_fee_minor, provider_net_minor, 'authorise', 'captured', 'completed',
                       true, true, false, false, total_minor, completed_at + interval '1 minute',
                       completed_at + interval '61 seconds', completed_at + interval '61 seconds', 1
                FROM jobs WHERE status IN ('completed', 'disputed');
                INSERT INTO payments (id, job_id, customer_id, provider_id, method, currency, amount_minor, fee_minor,
                                      net_minor, hold_plan, stage, status, released, release_requested, cancel_requested,
                                      disputed, captured_minor, created_at, captured_at, updated_at, version)
                SELECT 'pay_h' || substr(id, 5), id, customer_id, provider_id, 'card', currency, total_minor,
                       platform_fee_minor, provider_net_minor, 'authorise', 'authorized', 'authorized', false, false, false,
                       false, 0, accepted_at + interval '1 minute', null, accepted_at + interval '1 minute', 1
                FROM jobs WHERE status IN ('accepted', 'in_progress') AND random() < 0.5;
                INSERT INTO refunds (id, payment_id, position, amount_minor, currency, reason, status, created_at, settled_at)
                SELECT 'ref_' || substr(id, 5), id, 1, amount_minor / 10, currency, 'bench', 'succeeded',
                       captured_at + interval '1 day', captured_at + interval '1 day'
                FROM payments WHERE stage = 'captured' AND random() < 0.02""");
        sql.execute("DROP TABLE drawn");
    }

    private static String counts(Statement sql) throws Exception {
        List<String> counts = new ArrayList<>();
        for (String table : List.of("users", "jobs", "payments", "refunds")) {
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
                rows.next();
                counts.add(String.format("%,d %s", rows.getLong(1), table));
            }
        }
        return String.join(", ", counts);
    }

    private static void measure(Analytics analytics, CapturedSql captured, Statement sql) throws Exception {
        AnalyticsPeriod month = new AnalyticsPeriod(NOW.minus(Duration.ofDays(30)), NOW);
        AnalyticsPeriod year = new AnalyticsPeriod(NOW.minus(Duration.ofDays(365)), NOW);
        AnalyticsPeriod all = new AnalyticsPeriod(NOW.minus(Duration.ofDays(3_660)), NOW);
        Figures figures = analytics.figures(month);
        System.out.println("a month: " + figures.jobs() + " " + figures.users() + " " + figures.payments());
        time("figures, a month", 200, () -> analytics.figures(month));
        time("figures, a year", 30, () -> analytics.figures(year));
        time("figures, all time", 20, () -> analytics.figures(all));
        time("series by day, a month", 100, () -> analytics.series(month, Duration.ofDays(1)));
        time("series by week, a year", 20, () -> analytics.series(year, Duration.ofDays(7)));

        for (AnalyticsPeriod period : List.of(month, all)) {
            for (String query : captured.queriesOf(() -> analytics.figures(period))) {
                CapturedSql.explain(sql, query);
            }
        }
    }

    private static void time(String what, int runs, Supplier<?> query) {
        for (int i = 0; i < Math.max(3, runs / 10); i++) {
            query.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        LoadHarness.report("analytics", what, nanos);
    }
}
