package dev.callout.persistence;

import static dev.callout.persistence.DispatchTables.Relay.*;
import static dev.callout.persistence.Tables.Outbox.*;

import dev.callout.application.event.EventCodecs;
import dev.callout.application.port.PendingEvents;
import dev.callout.domain.event.DomainEvent;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The relay's view of {@code outbox}. A claim is one statement that leases the oldest due rows
 * nobody else holds ({@code FOR UPDATE SKIP LOCKED}, then {@code leased_until}) and commits at
 * once, so relays on several nodes never share a row and the handlers run outside any
 * transaction. A relay that dies leaves a lease that lapses; the rows are then claimed again.
 */
@Singleton
public final class PostgresPendingEvents implements PendingEvents {

    private static final System.Logger LOG = System.getLogger("callout.relay");

    private final Sql sql;
    private final JsonMapper json;
    private final EventCodecs codecs;

    PostgresPendingEvents(Sql sql, JsonMapper json, EventCodecs codecs) {
        this.sql = sql;
        this.json = json;
        this.codecs = codecs;
    }

    @Override
    public List<PendingEvent> claim(Instant now, int max, Duration lease) {
        List<Record> rows = sql.run(dsl -> dsl.update(TABLE)
                .set(LEASED_UNTIL, now.plus(lease))
                .where(ID.in(dsl.select(ID).from(TABLE)
                        .where(PUBLISHED_AT.isNull())
                        .and(NEXT_ATTEMPT_AT.isNull().or(NEXT_ATTEMPT_AT.le(now)))
                        .and(LEASED_UNTIL.isNull().or(LEASED_UNTIL.le(now)))
                        .orderBy(ID).limit(max)
                        .forUpdate().skipLocked()))
                .returning(ID, EVENT_TYPE, PAYLOAD, ATTEMPTS, HANDLERS_LEFT)
                .fetch());
        List<PendingEvent> events = new ArrayList<>();
        rows.stream().sorted(Comparator.comparing(row -> row.get(ID))).forEach(row -> {
            try {
                Map<String, Object> fields = json.readValue(row.get(PAYLOAD).data(), Argument.mapOf(String.class, Object.class));
                DomainEvent event = codecs.decode(row.get(EVENT_TYPE), fields);
                events.add(new PendingEvent(row.get(ID), event, row.get(ATTEMPTS), Set.of(row.get(HANDLERS_LEFT))));
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "outbox row " + row.get(ID) + " (" + row.get(EVENT_TYPE)
                        + ") cannot be read; retrying later", e);
                retryLater(row.get(ID), Set.of(), now.plus(Duration.ofMinutes(5)), "unreadable: " + e);
            }
        });
        return events;
    }

    @Override
    public void delivered(long id) {
        sql.run(dsl -> dsl.update(TABLE)
                .set(PUBLISHED_AT, DSL.currentInstant())
                .set(ATTEMPTS, ATTEMPTS.plus(1))
                .set(LEASED_UNTIL, (Instant) null)
                .set(HANDLERS_LEFT, new String[0])
                .where(ID.eq(id))
                .execute());
    }

    @Override
    public void retryLater(long id, Set<String> handlersLeft, Instant retryAt, String error) {
        sql.run(dsl -> dsl.update(TABLE)
                .set(ATTEMPTS, ATTEMPTS.plus(1))
                .set(NEXT_ATTEMPT_AT, retryAt)
                .set(LEASED_UNTIL, (Instant) null)
                .set(HANDLERS_LEFT, handlersLeft.stream().sorted().toArray(String[]::new))
                .set(LAST_ERROR, error == null ? null : error.substring(0, Math.min(error.length(), 2000)))
                .where(ID.eq(id))
                .execute());
    }
}
