package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import dev.callout.application.port.RateLimitCounters;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Rate-limit windows in {@code rate_limit_counters}: a reservation is one upsert that starts an
 * ended window again, grants what is left of the slice asked for and returns it, so concurrent
 * reservations from any number of nodes never grant more than the limit.
 */
@Singleton
public final class PostgresRateLimitCounters implements RateLimitCounters {

    private static final Table<Record> TABLE = table(name("rate_limit_counters"));
    private static final Field<String> KEY = field(name("key"), SQLDataType.VARCHAR);
    private static final Field<Instant> WINDOW_ENDS_AT = field(name("window_ends_at"), SQLDataType.INSTANT);
    private static final Field<Integer> TAKEN = field(name("taken"), SQLDataType.INTEGER);
    private static final Field<Integer> GRANTED = field(name("granted"), SQLDataType.INTEGER);
    // in ON CONFLICT DO UPDATE a bare column name could be the stored row's or the proposed one's
    private static final Field<Instant> STORED_WINDOW_ENDS_AT = field(name("rate_limit_counters", "window_ends_at"), SQLDataType.INSTANT);
    private static final Field<Integer> STORED_TAKEN = field(name("rate_limit_counters", "taken"), SQLDataType.INTEGER);

    private final Sql sql;

    PostgresRateLimitCounters(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Reservation reserve(String key, int wanted, int limit, Duration period, Instant now) {
        Instant newWindowEndsAt = now.plus(period);
        int first = Math.min(wanted, limit);
        var ended = STORED_WINDOW_ENDS_AT.le(val(now));
        Field<Integer> takenBefore = when(ended, inline(0)).otherwise(STORED_TAKEN);
        Field<Integer> granted = least(val(wanted), greatest(inline(0), val(limit).minus(takenBefore)));
        return sql.run(dsl -> dsl.insertInto(TABLE)
                .set(KEY, key).set(WINDOW_ENDS_AT, newWindowEndsAt).set(TAKEN, first).set(GRANTED, first)
                .onConflict(KEY).doUpdate()
                .set(WINDOW_ENDS_AT, when(ended, val(newWindowEndsAt)).otherwise(STORED_WINDOW_ENDS_AT))
                .set(TAKEN, takenBefore.plus(granted))
                .set(GRANTED, granted)
                .returning(GRANTED, TAKEN, WINDOW_ENDS_AT)
                .fetchOne(r -> new Reservation(r.get(GRANTED), r.get(TAKEN), r.get(WINDOW_ENDS_AT))));
    }

    @Override
    public int deleteEnded(Instant now, int batch) {
        return sql.run(dsl -> dsl.deleteFrom(TABLE)
                .where(KEY.in(select(KEY).from(TABLE).where(WINDOW_ENDS_AT.lt(now)).limit(batch).forUpdate().skipLocked()))
                .execute());
    }
}
