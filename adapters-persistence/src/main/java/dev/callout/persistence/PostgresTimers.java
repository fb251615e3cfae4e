package dev.callout.persistence;

import static dev.callout.persistence.DispatchTables.Timers.*;

import dev.callout.application.port.Timer;
import dev.callout.application.port.Timers;
import dev.callout.domain.job.JobId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Timers in the {@code timers} table. A claim deletes the earliest due row that no other
 * transaction holds ({@code FOR UPDATE SKIP LOCKED}); the delete commits with the work the timer
 * caused, or rolls back with it and the timer is due again. So each timer fires once, on one
 * node, and survives restarts.
 */
@Singleton
public final class PostgresTimers implements Timers {

    private final Sql sql;

    PostgresTimers(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void schedule(Timer timer) {
        sql.run(dsl -> dsl.insertInto(TABLE)
                .set(KIND, timer.kind().wireName())
                .set(JOB_ID, timer.jobId().value())
                .set(WAVE, timer.wave())
                .set(STEP, timer.step())
                .set(DUE_AT, timer.dueAt())
                .execute());
    }

    @Override
    public Optional<Timer> claimDue(Instant now) {
        return sql.run(dsl -> dsl.deleteFrom(TABLE)
                .where(ID.eq(dsl.select(ID).from(TABLE).where(DUE_AT.le(now)).orderBy(DUE_AT, ID).limit(1)
                        .forUpdate().skipLocked()))
                .returning(KIND, JOB_ID, WAVE, STEP, DUE_AT)
                .fetchOptional(row -> new Timer(Timer.Kind.valueOf(row.get(KIND).toUpperCase(Locale.ROOT)),
                        new JobId(row.get(JOB_ID)), row.get(WAVE), row.get(STEP), row.get(DUE_AT))));
    }
}
