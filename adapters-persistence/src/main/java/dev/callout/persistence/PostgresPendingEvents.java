package dev.callout.persistence;

import static dev.callout.persistence.DispatchTables.Relay.*;
import static dev.callout.persistence.Tables.Outbox.*;

import dev.callout.application.background.FailedWork;
import dev.callout.application.event.EventCodecs;
import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.PendingEvents;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The relay's view of {@code outbox}. A claim is one statement that leases the oldest due rows
 * nobody else holds ({@code FOR UPDATE SKIP LOCKED}, then {@code leased_until}) and commits at
 * once, so relays on several nodes never share a row and the handlers run outside any
 * transaction. A relay that dies leaves a lease that lapses; the rows are then claimed again.
 * Reports are conditional on the lease they were claimed with. {@code published_at} says the
 * relay is done with a row: every handler took it, or the ones in {@code dead_letters} gave up.
 */
@Singleton
public final class PostgresPendingEvents implements PendingEvents {

    private static final int MAX_ERROR_LENGTH = 2000;

    private final Sql sql;
    private final PostgresTransactions transactions;
    private final JsonMapper json;
    private final EventCodecs codecs;

    PostgresPendingEvents(Sql sql, PostgresTransactions transactions, JsonMapper json, EventCodecs codecs) {
        this.sql = sql;
        this.transactions = transactions;
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
                .returning(ID, EVENT_TYPE, SUBJECT_ID, PAYLOAD, ATTEMPTS, HANDLERS_LEFT, LEASED_UNTIL)
                .fetch());
        return rows.stream().sorted(Comparator.comparing(row -> row.get(ID))).map(this::pending).toList();
    }

    /** The stored event; one that cannot be read is handed over as such, so each handler's failure is counted. */
    private PendingEvent pending(Record row) {
        String type = row.get(EVENT_TYPE);
        Set<String> handlersLeft = Set.of(row.get(HANDLERS_LEFT));
        try {
            Map<String, Object> fields = json.readValue(row.get(PAYLOAD).data(), Argument.mapOf(String.class, Object.class));
            return PendingEvent.of(row.get(ID), codecs.decode(type, fields), row.get(ATTEMPTS), handlersLeft,
                    row.get(LEASED_UNTIL));
        } catch (IOException | RuntimeException e) {
            return new PendingEvent(row.get(ID), type, row.get(SUBJECT_ID), null, FailedWork.describe(e),
                    row.get(ATTEMPTS), handlersLeft, row.get(LEASED_UNTIL));
        }
    }

    @Override
    public void delivered(PendingEvent event) {
        sql.run(dsl -> finish(dsl, event, null));
    }

    @Override
    public void retryLater(PendingEvent event, Set<String> handlersLeft, Instant retryAt, String error) {
        sql.run(dsl -> dsl.update(TABLE)
                .set(ATTEMPTS, ATTEMPTS.plus(1))
                .set(NEXT_ATTEMPT_AT, retryAt)
                .set(LEASED_UNTIL, (Instant) null)
                .set(HANDLERS_LEFT, handlersLeft.stream().sorted().toArray(String[]::new))
                .set(LAST_ERROR, truncated(error))
                .where(leased(event))
                .execute());
    }

    @Override
    public boolean park(PendingEvent event, List<DeadLetter> deadLetters) {
        String errors = String.join("; ", deadLetters.stream().map(letter -> letter.handler() + ": " + letter.lastError()).toList());
        return transactions.inTransaction(() -> sql.run(dsl -> {
            boolean parked = finish(dsl, event, errors) == 1;
            if (parked) {
                deadLetters.forEach(deadLetter -> DeadLetterRows.insertEvent(dsl, deadLetter, event.id()));
            }
            return parked;
        }));
    }

    private static int finish(DSLContext dsl, PendingEvent event, String error) {
        return dsl.update(TABLE)
                .set(PUBLISHED_AT, DSL.currentInstant())
                .set(ATTEMPTS, ATTEMPTS.plus(1))
                .set(LEASED_UNTIL, (Instant) null)
                .set(HANDLERS_LEFT, new String[0])
                .set(LAST_ERROR, truncated(error))
                .where(leased(event))
                .execute();
    }

    private static Condition leased(PendingEvent event) {
        return ID.eq(event.id()).and(LEASED_UNTIL.eq(event.leasedUntil()));
    }

    private static String truncated(String error) {
        return error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
    }
}
