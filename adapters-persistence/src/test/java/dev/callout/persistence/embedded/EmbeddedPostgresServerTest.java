package dev.callout.persistence.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EmbeddedPostgresServerTest {

    @TempDir
    Path temporary;

    @Test
    void runsPostgres17WithEarthdistanceAndKeepsDataAcrossRestarts() throws SQLException {
        Path data = temporary.resolve("data");

        try (var server = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(server.jdbcUrl("callout")).isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/callout");
            server.createDatabaseIfMissing("callout");
            server.createDatabaseIfMissing("callout");

            try (var connection = connect(server)) {
                assertThat(single(connection, "SHOW server_version")).startsWith("17");
                try (var statement = connection.createStatement()) {
                    statement.execute("CREATE EXTENSION IF NOT EXISTS cube");
                    statement.execute("CREATE EXTENSION IF NOT EXISTS earthdistance");
                    statement.execute("CREATE TABLE note (id int PRIMARY KEY, body text NOT NULL)");
                    statement.execute("INSERT INTO note VALUES (1, 'kept across restarts')");
                }
                double metres = Double.parseDouble(single(connection,
                        "SELECT earth_distance(ll_to_earth(14.55, 121.02), ll_to_earth(14.60, 120.98))"));
                assertThat(metres).isCloseTo(7_000, within(1_000.0));
            }
            server.close();
            server.close();
        }

        try (var server = EmbeddedPostgresServer.start(data, 0)) {
            server.createDatabaseIfMissing("callout");
            try (var connection = connect(server)) {
                assertThat(single(connection, "SELECT body FROM note WHERE id = 1")).isEqualTo("kept across restarts");
            }
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("callout"), server.user(), server.password());
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
