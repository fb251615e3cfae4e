package dev.callout.benchmarks;

import dev.callout.application.port.PasswordHasher;
import dev.callout.application.port.ProviderPresences;
import dev.callout.domain.dispatch.NearbySearch;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.persistence.embedded.EmbeddedPostgresServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The load harness (loopback only, bounded in count and time). Starts Callout on an embedded
 * PostgreSQL in a temporary directory, loads 100,000 providers over Metro Manila, then measures
 * (1) the nearby query through the PostgreSQL adapter, and the plan of one search per radius,
 * (2) the offers written after POST /jobs commits, with no socket connected, and (3) dispatch: the
 * time from sending POST /jobs to the job.offered frame at a provider's socket (and to its 201),
 * with 2,000 providers connected and each sending a
 * position every 5 seconds (from a child process, {@link SocketFleet}), and the resident memory of
 * this JVM (the server and the harness, without the socket clients) under that load. Prints one line per measure, {@code key n=.. p50=.. p99=.. max=..}
 * (what {@code ./callout bench} reads), and exits.
 *
 * <pre>./mvnw -q -Pbench -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.callout.benchmarks.LoadHarness [providers] [connected] [jobs] [queries]</pre>
 */
public final class LoadHarness {

    static final String PASSWORD = "load-harness-password";

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int connected = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int jobs = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int queries = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
        Path data = Files.createTempDirectory("callout-load");
        try {
            run(data, total, connected, jobs, queries);
        } finally {
            deleteTree(data);
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void run(Path data, int total, int connected, int jobs, int queries) throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startThrowaway(data.resolve("postgres"), 0)) {
            postgres.createDatabaseIfMissing("callout");
            Map<String, Object> properties = new HashMap<>();
            properties.put("micronaut.server.port", -1);
            properties.put("callout.data-dir", data.toString());
            properties.put("datasources.default.url", postgres.jdbcUrl("callout"));
            properties.put("datasources.default.username", postgres.user());
            properties.put("datasources.default.password", postgres.password());
            properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                    "load-harness-secret-load-harness-secret-0123456789");
            properties.put("callout.webhooks.secrets-key", "load-harness-webhook-secrets-key-0123456789");
            properties.put("callout.passwords.argon2-memory-kib", 1024);
            properties.put("callout.passwords.argon2-iterations", 1);
            properties.put("callout.rate-limits.auth.limit", 1_000_000);
            properties.put("callout.rate-limits.general.limit", 1_000_000);
            properties.put("callout.accounts.address-lock-after", 1_000_000);
            properties.put("logger.levels.callout", "WARN");
            CapturedSql captured = new CapturedSql();
            ApplicationContext context = ApplicationContext.builder().properties(properties).build();
            captured.listenTo(context);
            try (context; EmbeddedServer server = context.start().getBean(EmbeddedServer.class).start()) {
                String hash = context.getBean(PasswordHasher.class).hash(PASSWORD);
                long loadStart = System.nanoTime();
                load(postgres.jdbcUrl("callout"), postgres.user(), postgres.password(), total, connected, hash);
                System.out.printf("loaded %,d providers (%,d connected plumbers) in %.1f s%n", total, connected,
                        (System.nanoTime() - loadStart) / 1e9);
                ProviderPresences presences = context.getBean(ProviderPresences.class);
                nearby(presences, queries);
                explainNearby(presences, captured, postgres);
                offersAfterCommit(server, postgres, Math.max(20, jobs / 3));
                dispatch(server, connected, jobs);
            }
        }
    }

    /** Users and presences in bulk: plumbers 0..connected-1 are the socket clients, the rest serve other trades. */
    private static void load(String url, String user, String password, int total, int connected, String hash) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO users (id, role, name, email, password_hash, status, categories, created_at, updated_at)
                    SELECT 'usr_load' || lpad(i::text, 7, '0'), 'provider', 'Load provider ' || i,
                           'load' || i || '@load.callout.dev', '%s', 'active',
                           CASE WHEN i < %d THEN ARRAY['plumber'] ELSE ARRAY[(ARRAY['towing','repair','electrician','cleaning','moving_help'])[1 + i %% 5]] END,
                           now(), now()
                    FROM generate_series(0, %d) AS i""".formatted(hash.replace("'", "''"), connected, total - 1));
            statement.execute("""
                    INSERT INTO provider_presence (provider_id, availability, lat, lng, position_at, updated_at)
                    SELECT 'usr_load' || lpad(i::text, 7, '0'), CASE WHEN i %% 10 = 9 THEN 'offline' ELSE 'online' END,
                           14.40 + random() * 0.4, 120.90 + random() * 0.4, now(), now()
                    FROM generate_series(0, %d) AS i""".formatted(total - 1));
            statement.execute("""
                    INSERT INTO provider_spots (provider_id, category, lat, lng, position_at)
                    SELECT p.provider_id, unnest(u.categories), p.lat, p.lng, p.position_at
                    FROM provider_presence p JOIN users u ON u.id = p.provider_id WHERE p.availability = 'online'""");
            statement.execute("""
                    INSERT INTO users (id, role, name, email, password_hash, status, categories, created_at, updated_at)
                    VALUES ('usr_loadcustomer', 'customer', 'Load customer', 'load-customer@load.callout.dev', '%s', 'active',
                            '{}', now(), now())""".formatted(hash.replace("'", "''")));
            // a vacuum as autovacuum would make of a bulk load, so its first pass does not run during the measures
            for (String table : List.of("users", "provider_presence", "provider_spots")) {
                statement.execute("VACUUM (ANALYZE) " + table);
            }
        }
    }

    private static void nearby(ProviderPresences presences, int queries) {
        SplittableRandom random = new SplittableRandom(1);
        List<String> categories = List.of("towing", "repair", "electrician", "cleaning", "moving_help");
        for (double radius : new double[] {3, 10}) {
            long[] nanos = new long[queries];
            for (int i = -queries / 4; i < nanos.length; i++) {
                GeoPoint center = new GeoPoint(14.45 + random.nextDouble() * 0.3, 120.95 + random.nextDouble() * 0.3);
                NearbySearch search = new NearbySearch(center, categories.get(random.nextInt(categories.size())), radius, 20,
                        Set.of(), Instant.now(), Duration.ofMinutes(5));
                long start = System.nanoTime();
                presences.near(search);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            report("nearby_" + (int) radius + "km", "nearby query, 20 nearest within " + (int) radius + " km, PostgreSQL", nanos);
        }
    }

    /** The plan of one search within each radius, as PostgreSQL ran it: where the nearby query's time goes. */
    private static void explainNearby(ProviderPresences presences, CapturedSql captured, EmbeddedPostgresServer postgres)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("callout"), postgres.user(), postgres.password());
             Statement statement = connection.createStatement()) {
            for (double radius : new double[] {3, 10}) {
                NearbySearch search = new NearbySearch(new GeoPoint(14.55, 121.02), "electrician", radius, 20, Set.of(),
                        Instant.now(), Duration.ofMinutes(5));
                for (String query : captured.queriesOf(() -> presences.near(search))) {
                    CapturedSql.explain(statement, query);
                }
            }
        }
    }

    /**
     * Towing jobs (about 18,000 online towing providers, none connected) posted one at a time: from
     * the 201 of POST /jobs (the job is committed) until its first offers are in the database.
     */
    private static void offersAfterCommit(EmbeddedServer server, EmbeddedPostgresServer postgres, int jobs) throws Exception {
        String base = server.getURL().toString();
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
        String customer = customerToken(http, json, base);
        SplittableRandom random = new SplittableRandom(3);
        long[] nanos = new long[jobs];
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("callout"), postgres.user(), postgres.password());
             PreparedStatement offered = connection.prepareStatement(
                     "SELECT 1 FROM dispatch_rounds WHERE job_id = ? AND cardinality(offered_provider_ids) > 0")) {
            for (int i = -jobs / 5; i < jobs; i++) {
                String job = postJob(http, json, base, customer, "towing", random);
                long committed = System.nanoTime();
                offered.setString(1, job);
                while (!exists(offered)) {
                    if (System.nanoTime() - committed > TimeUnit.SECONDS.toNanos(30)) {
                        throw new IllegalStateException("no offers for " + job + " after 30 s");
                    }
                    LockSupport.parkNanos(1_000_000); // a millisecond: finer polling would load the database it measures
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - committed;
                }
            }
        }
        report("offers_after_commit", "offers written after POST /jobs commits, no sockets", nanos);
    }

    private static boolean exists(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next();
        }
    }

    private static String postJob(HttpClient http, JsonMapper json, String base, String token, String category,
                                  SplittableRandom random) throws Exception {
        String body = """
                {"category":"%s","location":{"lat":%.6f,"lng":%.6f},"urgency":"immediate"}"""
                .formatted(category, 14.45 + random.nextDouble() * 0.3, 120.95 + random.nextDouble() * 0.3);
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/jobs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 201) {
            throw new IllegalStateException("POST /jobs answered " + posted.statusCode() + ": " + posted.body());
        }
        return (String) json.readValue(posted.body(), Argument.mapOf(String.class, Object.class)).get("id");
    }

    /**
     * The provider sockets run in a child JVM ({@link SocketFleet}), so the memory measured is the server's alone; both
     * processes stamp their ends with the wall clock (microseconds), which they share on one machine.
     */
    private static void dispatch(EmbeddedServer server, int connected, int jobs) throws Exception {
        String base = server.getURL().toString();
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
        Map<String, Long> postedAt = new ConcurrentHashMap<>();
        // a frame may come before POST /jobs has answered, so both ends are kept and matched at the end
        Map<String, Long> offeredAt = new ConcurrentHashMap<>();
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        Process fleet = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), SocketFleet.class.getName(), base, String.valueOf(connected))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        CountDownLatch ready = new CountDownLatch(1);
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = fleet.inputReader(StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] words = line.split(" ");
                    if (words[0].equals("ready")) {
                        ready.countDown();
                    } else if (words[0].equals("offered")) {
                        offeredAt.putIfAbsent(words[1], Long.parseLong(words[2]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            if (!ready.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the socket fleet did not connect");
            }
            System.out.printf("%,d provider sockets connected (in a child process)%n", connected);
            Thread.sleep(6_000); // every provider has sent a fresh position
            String customer = customerToken(http, json, base);
            SplittableRandom random = new SplittableRandom(2);
            long rssPeak = 0;
            long[] answered = new long[jobs];
            for (int i = 0; i < jobs; i++) {
                long start = System.nanoTime();
                long startMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
                String job = postJob(http, json, base, customer, "plumber", random);
                answered[i] = System.nanoTime() - start;
                postedAt.put(job, startMicros);
                answeredAt.put(job, ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
                Thread.sleep(100); // ten jobs a second
                if (i % 10 == 0) {
                    rssPeak = Math.max(rssPeak, residentKib());
                }
            }
            Thread.sleep(2_000);
            long[] nanos = postedAt.entrySet().stream().filter(posted -> offeredAt.containsKey(posted.getKey()))
                    .mapToLong(posted -> (offeredAt.get(posted.getKey()) - posted.getValue()) * 1_000).toArray();
            System.out.printf("%d of %d jobs reached a connected provider's socket%n", nanos.length, jobs);
            report("dispatch_socket", "dispatch, POST /jobs sent -> job.offered at the socket, " + connected + " providers moving", nanos);
            report("dispatch_post", "POST /jobs sent -> its 201, same run", answered);
            report("dispatch_after_201", "its 201 -> job.offered at the socket (negative: the frame came first), same run",
                    answeredAt.entrySet().stream().filter(done -> offeredAt.containsKey(done.getKey()))
                            .mapToLong(done -> (offeredAt.get(done.getKey()) - done.getValue()) * 1_000).toArray());
            System.out.printf("rss_under_dispatch mb=%.0f # resident memory of the server's JVM (the harness, without the %d"
                    + " socket clients: they run in a child process), most seen%n", rssPeak / 1024.0, connected);
        } finally {
            fleet.getOutputStream().close();
            if (!fleet.waitFor(30, TimeUnit.SECONDS)) {
                fleet.destroy();
            }
        }
    }

    private static String token(HttpClient http, JsonMapper json, String base, String identifier) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"identifier\":\"%s\",\"password\":\"%s\"}".formatted(identifier, PASSWORD)))
                .build(), HttpResponse.BodyHandlers.ofString());
        Object token = json.readValue(login.body(), Argument.mapOf(String.class, Object.class)).get("access_token");
        if (token == null) {
            throw new IllegalStateException("login failed for " + identifier + ": " + login.body());
        }
        return (String) token;
    }

    private static String customerToken(HttpClient http, JsonMapper json, String base) throws Exception {
        return token(http, json, base, "load-customer@load.callout.dev");
    }

    /** VmRSS of this process, in KiB (Linux), or 0 where /proc is not there. */
    private static long residentKib() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
    }

    static void report(String key, String what, long[] nanos) {
        if (nanos.length == 0) {
            System.out.println(key + " n=0 # " + what + ": no samples");
            return;
        }
        Arrays.sort(nanos);
        System.out.printf("%s n=%d p50=%.2f p99=%.2f max=%.2f # %s, ms%n", key, nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99) - 1)] / 1e6,
                nanos[nanos.length - 1] / 1e6, what);
    }
}
