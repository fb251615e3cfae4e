package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.persistence.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A PostgreSQL this test owns and the Callout processes started on it, one at a time, all with the
 * same data directory (so tokens signed before a kill stay valid after the restart). Plain JDBC
 * looks at the database from outside. {@link #close} stops everything and deletes the files.
 */
final class CrashWorld implements AutoCloseable {

    /** Short, so a retry after a restart finds a dead request's claim lapsed. */
    static final String LEASE = "2s";

    private final Path root;
    private final EmbeddedPostgresServer postgres;
    private final Thread cleanup = new Thread(this::stop, "crash-world-cleanup");
    private CalloutProcess node;
    private boolean halting;
    private int started;

    CrashWorld() {
        try {
            root = Files.createTempDirectory("callout-crash");
            postgres = EmbeddedPostgresServer.startThrowaway(root.resolve("postgres"), 0);
            postgres.createDatabaseIfMissing("callout");
            Runtime.getRuntime().addShutdownHook(cleanup); // no server outlives a test JVM that ends early
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CalloutProcess node() {
        return node;
    }

    /** The running process if it halts nowhere, else a new one that does not. */
    CalloutProcess plain() {
        return node != null && node.isAlive() && !halting ? node : restart();
    }

    /** Kills the running process, if any, and starts a new one that halts where {@code haltAt} names (none when empty). */
    CalloutProcess restart(String... haltAt) {
        if (node != null) {
            node.kill();
        }
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", postgres.jdbcUrl("callout"));
        properties.put("datasources.default.username", postgres.user());
        properties.put("datasources.default.password", postgres.password());
        properties.put("callout.data-dir", root.resolve("node").toString());
        properties.put("micronaut.server.port", "-1");
        properties.put("callout.idempotency.lease", LEASE);
        properties.put("callout.accounts.providers-need-approval", "false");
        properties.put("callout.passwords.argon2-memory-kib", "1024");
        properties.put("callout.passwords.argon2-iterations", "1");
        properties.put("callout.rate-limits.general.limit", "1000000");
        properties.put("callout.rate-limits.auth.limit", "1000000");
        properties.put("callout.accounts.address-lock-after", "1000000");
        halting = haltAt.length > 0;
        if (halting) {
            properties.put(HaltAtStep.PROPERTY, String.join(",", haltAt));
        }
        node = CalloutProcess.start(properties, root.resolve("node-" + ++started + ".log"));
        return node;
    }

    /** A signed-in account made over HTTP (providers are active at once here), with the code read from the database. */
    record Account(String id, String token) {
    }

    Account register(String role, String categories) {
        String email = role + "-" + UUID.randomUUID() + "@crash.callout.dev";
        String extra = categories == null ? "" : ", \"categories\": " + categories;
        Reply registered = node.send("POST", "/api/v1/auth/register", null, """
                {"role": "%s", "name": "Crash %s", "email": "%s", "password": "correct horse battery"%s}"""
                .formatted(role, role, email, extra));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String code = strings("SELECT code FROM sent_codes WHERE destination = ? ORDER BY id DESC LIMIT 1", email).getFirst();
        Reply verified = node.send("POST", "/api/v1/auth/otp/verify", null,
                "{\"identifier\": \"%s\", \"code\": \"%s\"}".formatted(email, code));
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        return new Account(registered.get("id"), verified.get("access_token"));
    }

    /** The first column of every row, as text. */
    List<String> strings(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> row.getFirst()).toList();
    }

    long count(String sql, Object... parameters) {
        return Long.parseLong(strings(sql, parameters).getFirst());
    }

    /** Every row, each column as text. Array parameters are bound as text[]. */
    List<List<String>> rows(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("callout"), postgres.user(), postgres.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                statement.setObject(i + 1, parameter instanceof String[] array ? connection.createArrayOf("text", array) : parameter);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getString(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code probe} until {@code done} holds or {@code limit} has passed. */
    static <T> T eventually(Duration limit, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + limit.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            assertThat(System.nanoTime()).as("not reached within %s; last seen %s", limit, value).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            value = probe.get();
        }
        return value;
    }

    @Override
    public void close() {
        Runtime.getRuntime().removeShutdownHook(cleanup);
        stop();
    }

    private void stop() {
        if (node != null) {
            node.kill();
        }
        postgres.close();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
