package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.RateLimitCounters;
import dev.callout.application.ratelimit.RateLimiter;
import dev.callout.persistence.PostgresRateLimitCounters;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The background cleanup on PostgreSQL: ended windows go, live ones stay, and a failed run does not stop the next. */
class RateLimitCleanupTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final RunningCallout app = RunningCallout.get();
    private final PostgresRateLimitCounters postgres = app.context.getBean(PostgresRateLimitCounters.class);

    @Test
    void endedWindowsAreDeletedAndAFailedRunIsFollowedByOneThatWorks() throws SQLException {
        // ten days ahead, so the application's own cleanup (on the real clock) leaves these rows alone
        Instant now = Instant.now().plus(Duration.ofDays(10));
        String ended = "test:" + UUID.randomUUID();
        String live = "test:" + UUID.randomUUID();
        postgres.reserve(ended, 1, 5, MINUTE, now.minus(Duration.ofMinutes(2)));
        postgres.reserve(live, 1, 5, MINUTE, now);
        AtomicInteger failuresLeft = new AtomicInteger(1);
        RateLimitCounters failingOnce = new RateLimitCounters() {
            @Override
            public Reservation reserve(String key, int wanted, int limit, Duration period, Instant at) {
                return postgres.reserve(key, wanted, limit, period, at);
            }

            @Override
            public int deleteEnded(Instant at, int batch) {
                if (failuresLeft.getAndDecrement() > 0) {
                    throw new IllegalStateException("the database is away");
                }
                return postgres.deleteEnded(at, batch);
            }
        };
        RateLimitCleanup cleanup = new RateLimitCleanup(new RateLimiter(failingOnce, Clock.fixed(now, ZoneOffset.UTC)));

        cleanup.run();
        assertThat(stored(ended)).as("the failed run deleted nothing").isTrue();
        cleanup.run();
        assertThat(stored(ended)).as("the next run did").isFalse();
        assertThat(stored(live)).isTrue();
    }

    private boolean stored(String key) throws SQLException {
        try (Connection connection = DriverManager.getConnection(property("datasources.default.url"),
                property("datasources.default.username"), property("datasources.default.password"));
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM rate_limit_counters WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private String property(String name) {
        return app.context.getProperty(name, String.class).orElseThrow();
    }
}
