package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The health check asks the database at most once a second and says DOWN when it does not answer. */
class DatabaseHealthTest {

    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicBoolean reachable = new AtomicBoolean(true);
    private final AtomicLong nanos = new AtomicLong();
    private final ExecutorService blocking = Executors.newVirtualThreadPerTaskExecutor();
    private final DatabaseHealth health = new DatabaseHealth(database(), blocking, nanos::get);

    @AfterEach
    void stop() {
        blocking.close();
    }

    @Test
    void theDatabaseIsAskedOncePerMaximumAgeAndTheCallsBetweenGetTheLastAnswer() {
        assertThat(status()).isEqualTo(HealthStatus.UP);
        reachable.set(false);
        assertThat(status()).isEqualTo(HealthStatus.UP);
        assertThat(connections).hasValue(1);

        nanos.addAndGet(DatabaseHealth.MAX_AGE.toNanos());

        assertThat(status()).isEqualTo(HealthStatus.DOWN);
        assertThat(connections).hasValue(2);
    }

    private HealthStatus status() {
        HealthResult result = Mono.from(health.getResult()).block();
        assertThat(result).isNotNull();
        assertThat(result.getName()).isEqualTo("jdbc");
        return result.getStatus();
    }

    private DataSource database() {
        Connection connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> "isValid".equals(method.getName()) ? Boolean.TRUE : null);
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (!"getConnection".equals(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    connections.incrementAndGet();
                    if (!reachable.get()) {
                        throw new SQLException("connection refused");
                    }
                    return connection;
                });
    }
}
