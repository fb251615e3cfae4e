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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Every node's view of what happens on every other, through PostgreSQL's LISTEN/NOTIFY: the
 * outbox trigger notifies {@code callout_events} for each recorded event, {@link #publish}
 * notifies {@code callout_live}; both are delivered only when the transaction commits. One
 * thread per node holds a connection that listens, and reconnects if it drops.
 *
 * <p>No recorded event is lost to a drop: after reconnecting (LISTEN first, so nothing commits
 * unseen in between) the thread reads the outbox rows committed meanwhile and delivers those it
 * has not delivered yet. Ids are no cursor (a lower id may commit after a higher one), so rows
 * carry their transaction ({@code tx}) and the cursor is a transaction horizon: every
 * transaction below {@code pg_snapshot_xmin} of a snapshot has finished, so a catch-up that
 * reads the rows at or above the last horizon sees everything committed since, and the ids it
 * delivered are remembered until a later horizon passes them. A catch-up also runs every
 * {@value #CATCH_UP_SECONDS} seconds while connected, which moves the horizon on. Frames sent
 * with {@link #publish} are not stored: those sent while the connection is down are missed.
 */
@Singleton
public final class PostgresLiveEvents implements LiveEvents, AutoCloseable {

    static final String EVENTS_CHANNEL = "callout_events";
    static final String LIVE_CHANNEL = "callout_live";
    /** How the listening connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "callout-listen";
    static final int CATCH_UP_SECONDS = 10;
    /** Longer than a wait for notifications (half a second) and a catch-up's queries. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger("callout.live");

    private final Sql sql;
    private final DataSource dataSource;
    private final JsonMapper json;
    private final List<Consumer<LiveEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> outboxWatchers = new CopyOnWriteArrayList<>();
    private volatile Thread thread;
    private volatile boolean closed;

    // touched by the listening thread only
    /** Outbox ids delivered (or there before this node listened) and their transactions, at or above {@link #settledBelow}. */
    private final Map<Long, Long> delivered = new HashMap<>();
    /** The horizon of the last catch-up: rows at or above it may still be unseen; -1 before the first. */
    private long horizon = -1;
    /** The horizon before it: every row below it was delivered by a catch-up, so a late notification of one is a repeat. */
    private long settledBelow;

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

    /** One statement for all of them. */
    @Override
    public void publishAll(List<LiveEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String[] payloads = events.stream().map(event -> write(Map.of("type", event.type(), "fields", event.fields())))
                .toArray(String[]::new);
        sql.run(dsl -> dsl.fetch("select pg_notify({0}, payload) from unnest({1}::text[]) as sent(payload)",
                DSL.val(LIVE_CHANNEL), DSL.val(payloads, SQLDataType.VARCHAR.array())));
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
        boolean failing = false;
        while (!closed) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET application_name = '" + APPLICATION_NAME + "'");
                    statement.execute("LISTEN " + EVENTS_CHANNEL);
                    statement.execute("LISTEN " + LIVE_CHANNEL);
                }
                // the first time, what is in the outbox already happened before this node listened
                int caughtUp = catchUp(connection, horizon >= 0);
                if (failing) {
                    LOG.log(System.Logger.Level.INFO, "listening for events again; " + caughtUp
                            + " event(s) recorded meanwhile caught up from the outbox");
                    failing = false;
                }
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    if (!failing) {
                        LOG.log(System.Logger.Level.WARNING, "listening for events failed; reconnecting", e);
                    } else {
                        LOG.log(System.Logger.Level.DEBUG, () -> "reconnecting to listen failed again: " + e);
                    }
                    failing = true;
                    pause();
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long nextCatchUp = System.nanoTime() + Duration.ofSeconds(CATCH_UP_SECONDS).toNanos();
        while (!closed) {
            PGNotification[] notifications = pg.getNotifications(500);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    dispatch(connection, notification);
                }
            }
            if (System.nanoTime() - nextCatchUp >= 0) {
                catchUp(connection, true);
                nextCatchUp = System.nanoTime() + Duration.ofSeconds(CATCH_UP_SECONDS).toNanos();
            }
        }
    }

    /**
     * Reads the outbox rows of transactions at or above the horizon, delivers those not yet
     * delivered (or, with {@code deliver} false, only marks them), and moves the horizon on.
     * Returns how many it delivered.
     */
    private int catchUp(Connection connection, boolean deliver) throws SQLException {
        long newHorizon;
        Map<Long, Long> unseen = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT h.horizon::text, o.id, o.tx::text
                FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon) h
                LEFT JOIN outbox o ON o.tx >= coalesce(?::xid8, h.horizon)
                ORDER BY o.id""")) {
            statement.setString(1, horizon < 0 ? null : Long.toString(horizon));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                newHorizon = Long.parseLong(rows.getString(1));
                do {
                    long id = rows.getLong(2);
                    if (!rows.wasNull() && !delivered.containsKey(id)) {
                        unseen.put(id, Long.parseLong(rows.getString(3)));
                    }
                } while (rows.next());
            }
        }
        if (deliver && !unseen.isEmpty()) {
            outboxWatchers.forEach(Runnable::run);
            deliverRows(connection, List.copyOf(unseen.keySet()));
        }
        delivered.putAll(unseen);
        if (horizon >= 0) {
            settledBelow = horizon;
            delivered.values().removeIf(tx -> tx < settledBelow);
        }
        horizon = newHorizon;
        return deliver ? unseen.size() : 0;
    }

    private void deliverRows(Connection connection, List<Long> ids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, event_type, payload::text FROM outbox WHERE id = ANY(?) ORDER BY id")) {
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    deliver(new LiveEvent(rows.getString(2), read(rows.getString(3)), rows.getLong(1)));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void dispatch(Connection connection, PGNotification notification) throws SQLException {
        Map<String, Object> message;
        try {
            message = read(notification.getParameter());
        } catch (UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "an unreadable notification on " + notification.getName() + " was skipped", e);
            return;
        }
        String type = (String) message.get("type");
        Map<String, Object> fields = (Map<String, Object>) message.get("fields");
        if (EVENTS_CHANNEL.equals(notification.getName())) {
            long id = ((Number) message.get("id")).longValue();
            Long tx = message.get("tx") instanceof String text ? Long.valueOf(text) : null;
            if (tx != null && (tx < settledBelow || delivered.containsKey(id))) {
                return; // a catch-up delivered it already
            }
            outboxWatchers.forEach(Runnable::run);
            if (fields == null) {
                fields = payloadOf(connection, id);
            }
            deliver(new LiveEvent(type, fields, id));
            if (tx != null) {
                delivered.put(id, tx);
            }
            return;
        }
        deliver(new LiveEvent(type, fields));
    }

    private void deliver(LiveEvent event) {
        for (Consumer<LiveEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a live event listener failed on " + event.type(), e);
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

    /** Ends the listening thread and waits until it has given its connection back, so the pool closes after it. */
    @Override
    @PreDestroy
    public void close() {
        closed = true;
        Thread listening = thread;
        if (listening == null) {
            return;
        }
        listening.interrupt();
        try {
            if (!listening.join(CLOSE_TIMEOUT)) {
                LOG.log(System.Logger.Level.WARNING, "the listening thread did not end within " + CLOSE_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
