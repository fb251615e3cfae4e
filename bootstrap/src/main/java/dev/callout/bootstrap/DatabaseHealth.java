package dev.callout.bootstrap;

import io.micronaut.core.async.publisher.AsyncSingleResultPublisher;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database's part of {@code GET /api/v1/health}, in place of Micronaut's JDBC indicator
 * (turned off in application.yml), which took a pooled connection and asked PostgreSQL on every
 * call, so a busy health check competed with the requests it reports on. PostgreSQL is asked at
 * most once per {@link #MAX_AGE}, by one caller at a time, off the event loop; the calls in between
 * get the last answer.
 */
@Singleton
class DatabaseHealth implements HealthIndicator {

    static final Duration MAX_AGE = Duration.ofSeconds(1);
    private static final int TIMEOUT_SECONDS = 3;
    private static final Logger LOG = LoggerFactory.getLogger("callout.health");

    private record Answer(HealthResult result, long at) {
    }

    private final DataSource dataSource;
    private final ExecutorService blocking;
    private final LongSupplier nanos;
    private volatile Answer last;

    @Inject
    DatabaseHealth(DataSource dataSource, DataSourceResolver resolver, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this(resolver.resolve(dataSource), blocking, System::nanoTime);
    }

    DatabaseHealth(DataSource dataSource, ExecutorService blocking, LongSupplier nanos) {
        this.dataSource = dataSource;
        this.blocking = blocking;
        this.nanos = nanos;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Answer known = last;
        return fresh(known) ? Publishers.just(known.result()) : new AsyncSingleResultPublisher<>(blocking, this::check);
    }

    private boolean fresh(Answer answer) {
        return answer != null && nanos.getAsLong() - answer.at() < MAX_AGE.toNanos();
    }

    private synchronized HealthResult check() {
        Answer known = last;
        if (fresh(known)) {
            return known.result();
        }
        HealthStatus status;
        try (Connection connection = dataSource.getConnection()) {
            status = connection.isValid(TIMEOUT_SECONDS) ? HealthStatus.UP : HealthStatus.DOWN;
        } catch (SQLException e) {
            LOG.debug("the database did not answer the health check: {}", e.toString());
            status = HealthStatus.DOWN;
        }
        HealthResult result = HealthResult.builder("jdbc", status).build();
        last = new Answer(result, nanos.getAsLong());
        return result;
    }
}
