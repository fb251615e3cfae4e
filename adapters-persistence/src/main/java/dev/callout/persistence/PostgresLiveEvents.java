package dev.callout.persistence;

import dev.callout.application.port.LiveEvents;
import io.micronaut.core.type.Argument;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Every node's view of what happens on every other, through PostgreSQL's LISTEN/NOTIFY: the
 * outbox trigger notifies {@code callout_events} for each recorded event, {@link #publish}
 * notifies {@code callout_live}; both are delivered only when the transaction commits. One
 * thread per node holds a connection that listens, and reconnects if it drops (frames sent
 * while it is down are missed; clients resynchronise over REST).
 */
@Singleton
public final class PostgresLiveEvents implements LiveEvents, AutoCloseable {

    static final String EVENTS_CHANNEL = "callout_events";
    static final String LIVE_CHANNEL = "callout_live";
    private static final System.Logger LOG = System.getLogger("callout.live");

    private final Sql sql;
    private final DataSource dataSource;
    private final JsonMapper json;
    private final List<Consumer<LiveEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> outboxWatchers = new CopyOnWriteArrayList<>();
    private volatile Thread thread;
    private volatile boolean closed;

    PostgresLiveEvents(Sql sql, DataSource dataSource, DataSourceResolver resolver, JsonMapper json) {
        this.sql = sql;
        this.dataSource = resolver.resolve(dataSource);
        this.json = json;
    }

    @Override
    public void publish(LiveEvent event) {
        String payload = write(Map.of("type", event.type(), "fields", event.fields()));
        sql.run(dsl -> dsl.fetch("select pg_notify({0}, {1})", DSL.val(LIVE_CHANNEL), DSL.val(payload)));
    }

    @Override
    public void listen(Consumer<LiveEvent> listener) {
        listeners.add(listener);
        start();
    }

    /** Runs {@code watcher} (on the listening thread: keep it short) whenever an event is recorded on any node. */
    public void onOutboxInsert(Runnable watcher) {
        outboxWatchers.add(watcher);
        start();
    }

    private synchronized void start() {
        if (thread == null && !closed) {
            thread = Thread.ofPlatform().daemon().name("callout-listen").start(this::listenLoop);
        }
    }

    private void listenLoop() {
        while (!closed) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + EVENTS_CHANNEL);
                    statement.execute("LISTEN " + LIVE_CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            dispatch(connection, notification);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "listening for events failed; reconnecting", e);
                    pause();
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void dispatch(Connection connection, PGNotification notification) throws SQLException {
        Map<String, Object> message = read(notification.getParameter());
        String type = (String) message.get("type");
        Map<String, Object> fields = (Map<String, Object>) message.get("fields");
        long id = LiveEvent.NOT_STORED;
        if (EVENTS_CHANNEL.equals(notification.getName())) {
            outboxWatchers.forEach(Runnable::run);
            id = ((Number) message.get("id")).longValue();
            if (fields == null) {
                fields = payloadOf(connection, id);
            }
        }
        LiveEvent event = new LiveEvent(type, fields, id);
        for (Consumer<LiveEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a live event listener failed on " + type, e);
            }
        }
    }

    /** An event too large for a notification is read from its row. */
    private Map<String, Object> payloadOf(Connection connection, long id) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT payload::text FROM outbox WHERE id = ?")) {
            statement.setLong(1, id);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? read(rows.getString(1)) : Map.of();
            }
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    @PreDestroy
    public void close() {
        closed = true;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
    }
}
