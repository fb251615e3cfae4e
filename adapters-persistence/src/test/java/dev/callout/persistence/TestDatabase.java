package dev.callout.persistence;

import dev.callout.persistence.embedded.EmbeddedPostgresServer;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL per test JVM, started on first use in a temporary directory that goes
 * with it when the JVM exits. As a JUnit extension ({@code @RegisterExtension static final
 * TestDatabase database = new TestDatabase();}) it makes a fresh database and an application
 * context on it before a test class and closes the context after it (Flyway migrates the database
 * as the DataSource starts). Plain JDBC helpers look at the database from outside the adapter.
 */
final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    private static EmbeddedPostgresServer server;

    private ApplicationContext context;
    private String jdbcUrl;

    static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            try {
                server = EmbeddedPostgresServer.startThrowaway(Files.createTempDirectory("callout-persistence-test-"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** A database started now and never closed, for stores' tests that share one (see {@link IdentityDatabase}). */
    static TestDatabase started() {
        TestDatabase database = new TestDatabase();
        database.start();
        return database;
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        context.close();
    }

    private void start() {
        EmbeddedPostgresServer postgres = server();
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        postgres.createDatabaseIfMissing(name);
        jdbcUrl = postgres.jdbcUrl(name);
        context = ApplicationContext.run(Map.of(
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", postgres.user(),
                "datasources.default.password", postgres.password(),
                "callout.webhooks.secrets-key", "a test key for sealing webhook secrets"), "test");
        // the pool starts lazily; Flyway migrates when it does, so start it before any test looks
        context.getBean(DataSource.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    ApplicationContext context() {
        return context;
    }

    /** A connection of its own, outside the application's pool and transactions. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, server().user(), server().password());
    }

    void truncate(String... tables) {
        execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
    }

    void execute(String sql) {
        try (Connection connection = connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single number {@code sql} returns, e.g. a count. */
    long number(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single text {@code sql} returns. */
    String text(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until a session of this database waits for a lock: a writer behind another's uncommitted row. */
    void awaitASessionWaitingForALock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (number("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no session waited for a lock within 30 s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /** Blocks on {@code latch} for at most 30 s: for work held open inside a transaction until the test lets it go. */
    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
