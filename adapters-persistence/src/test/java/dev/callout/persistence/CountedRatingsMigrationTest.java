package dev.callout.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.persistence.embedded.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V30 on a database that already has reviews: it counts those revealed then, and the trigger keeps the totals after. */
class CountedRatingsMigrationTest {

    @Test
    void theMigrationCountsTheReviewsRevealedBeforeItAndTheTriggerFollowsLaterChanges() throws SQLException {
        EmbeddedPostgresServer postgres = TestDatabase.server();
        String name = "v31_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        postgres.createDatabaseIfMissing(name);
        String url = postgres.jdbcUrl(name);
        migrate(url, postgres, "29");
        try (Connection connection = DriverManager.getConnection(url, postgres.user(), postgres.password());
             Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO users (id, role, name, email, password_hash, status, categories, created_at, updated_at) VALUES
                      ('usr_p', 'provider', 'Provider', 'p@v31.test', 'x', 'active', '{plumber}', now(), now()),
                      ('usr_c', 'customer', 'Customer', 'c@v31.test', 'x', 'active', '{}', now(), now())""");
            // the jobs are not needed for the counting: leave their rows out
            sql.execute("SET session_replication_role = replica");
            sql.execute("""
                    INSERT INTO reviews (id, job_id, author_id, subject_id, rating, window_closes_at, created_at, updated_at) VALUES
                      ('rev_closed', 'job_1', 'usr_c', 'usr_p', 4, now() - interval '1 hour', now(), now()),
                      ('rev_answered', 'job_2', 'usr_c', 'usr_p', 2, now() + interval '7 days', now(), now()),
                      ('rev_answer', 'job_2', 'usr_p', 'usr_c', 5, now() + interval '7 days', now(), now()),
                      ('rev_hidden', 'job_3', 'usr_c', 'usr_p', 1, now() + interval '7 days', now(), now())""");
            sql.execute("SET session_replication_role = DEFAULT");

            migrate(url, postgres, "latest");

            assertThat(totals(sql, "usr_p")).isEqualTo("2 6");
            assertThat(totals(sql, "usr_c")).isEqualTo("1 5");
            assertThat(uncounted(sql)).isEqualTo("rev_hidden");

            sql.execute("UPDATE reviews SET rating = 3 WHERE id = 'rev_answered'");
            sql.execute("UPDATE reviews SET rating = 5 WHERE id = 'rev_hidden'");
            assertThat(totals(sql, "usr_p")).as("an edit moves the totals only for a counted review").isEqualTo("2 7");
            sql.execute("DELETE FROM reviews WHERE id = 'rev_closed'");
            assertThat(totals(sql, "usr_p")).isEqualTo("1 3");
        }
    }

    private static void migrate(String url, EmbeddedPostgresServer postgres, String target) {
        Flyway.configure().dataSource(url, postgres.user(), postgres.password()).locations("classpath:db/migration")
                .target(target).load().migrate();
    }

    private static String totals(Statement sql, String user) throws SQLException {
        try (ResultSet row = sql.executeQuery("SELECT counted_reviews, counted_rating_sum FROM users WHERE id = '" + user + "'")) {
            row.next();
            return row.getInt(1) + " " + row.getLong(2);
        }
    }

    private static String uncounted(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT string_agg(id, ',' ORDER BY id) FROM reviews WHERE NOT counted")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
