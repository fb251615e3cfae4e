package dev.callout.persistence;

import static dev.callout.persistence.DispatchTables.DeadLetters.*;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.DeadLetters;
import dev.callout.persistence.DispatchTables.Relay;
import dev.callout.persistence.DispatchTables.Timers;
import dev.callout.persistence.Tables.Outbox;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The {@code dead_letters} that {@link PostgresTimers} and {@link PostgresPendingEvents} park. A
 * retry deletes the row and, in the same transaction, inserts the timer again or makes the
 * outbox row due again for the handler (added to any handlers still left).
 */
@Singleton
public final class PostgresDeadLetters implements DeadLetters {

    private final Sql sql;
    private final PostgresTransactions transactions;

    PostgresDeadLetters(Sql sql, PostgresTransactions transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public Page<DeadLetter> list(DeadLetter.Kind kind, PageRequest page) {
        Condition where = kind == null ? DSL.trueCondition() : KIND.eq(kind.wireName());
        return sql.run(dsl -> {
            long total = dsl.fetchCount(TABLE, where);
            List<DeadLetter> items = dsl.select(ALL).from(TABLE).where(where).orderBy(PARKED_AT.desc(), ID.desc())
                    .limit(page.limit()).offset(page.offset()).fetch(DeadLetterRows::toDeadLetter);
            return new Page<>(items, page, total);
        });
    }

    @Override
    public Optional<DeadLetter> retry(String id, Instant now) {
        return transactions.inTransaction(() -> sql.run(dsl -> dsl.deleteFrom(TABLE).where(ID.eq(id)).returning(ALL)
                .fetchOptional()
                .map(row -> {
                    if (row.get(KIND).equals(DeadLetter.Kind.TIMER.wireName())) {
                        scheduleAgain(dsl, row, now);
                    } else {
                        deliverAgain(dsl, row, now);
                    }
                    return DeadLetterRows.toDeadLetter(row);
                })));
    }

    private static void scheduleAgain(DSLContext dsl, Record row, Instant now) {
        dsl.insertInto(Timers.TABLE)
                .set(Timers.KIND, row.get(WORK))
                .set(Timers.JOB_ID, row.get(SUBJECT_ID))
                .set(Timers.WAVE, row.get(TIMER_WAVE))
                .set(Timers.STEP, row.get(TIMER_STEP))
                .set(Timers.DUE_AT, row.get(TIMER_DUE_AT))
                .set(Timers.NEXT_ATTEMPT_AT, now)
                .execute();
    }

    /** A finished row is due for just this handler; one still pending gets it added (none left means every handler). */
    private static void deliverAgain(DSLContext dsl, Record row, Instant now) {
        String[] handler = {row.get(HANDLER)};
        dsl.update(Outbox.TABLE)
                .set(Relay.HANDLERS_LEFT, DSL.field("""
                        CASE WHEN published_at IS NOT NULL THEN {0}
                             WHEN cardinality(handlers_left) = 0 THEN handlers_left
                             ELSE ARRAY(SELECT DISTINCT unnest(handlers_left || {0})) END""",
                        SQLDataType.VARCHAR.array(), DSL.val(handler, SQLDataType.VARCHAR.array())))
                .set(Outbox.PUBLISHED_AT, (Instant) null)
                .set(Relay.ATTEMPTS, 0)
                .set(Relay.NEXT_ATTEMPT_AT, now)
                .set(Relay.LEASED_UNTIL, (Instant) null)
                .set(Relay.LAST_ERROR, (String) null)
                .where(Outbox.ID.eq(row.get(OUTBOX_ID)))
                .execute();
    }
}
