package dev.callout.persistence;

import static dev.callout.persistence.DispatchTables.Timers.*;

import dev.callout.application.port.DeadLetter;
import dev.callout.application.port.Timer;
import dev.callout.application.port.Timers;
import dev.callout.domain.job.JobId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Timers in the {@code timers} table. A claim deletes the row whose next attempt is the earliest
 * due that no other transaction holds ({@code FOR UPDATE SKIP LOCKED}); the delete commits with
 * the work the timer caused, or rolls back with it. A failed attempt is then recorded on the row
 * in a transaction of its own ({@code attempts}, {@code next_attempt_at}, {@code last_error}),
 * which moves it behind the timers due meanwhile; parking moves it to {@code dead_letters}. Both
 * are conditional on the attempts claimed, so two nodes never count one attempt twice.
 */
@Singleton
public final class PostgresTimers implements Timers {

    private final Sql sql;
    private final PostgresTransactions transactions;

    PostgresTimers(Sql sql, PostgresTransactions transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public void schedule(Timer timer) {
        sql.run(dsl -> dsl.insertInto(TABLE)
                .set(KIND, timer.kind().wireName())
                .set(JOB_ID, timer.jobId().value())
                .set(WAVE, timer.wave())
                .set(STEP, timer.step())
                .set(DUE_AT, timer.dueAt())
                .set(NEXT_ATTEMPT_AT, timer.dueAt())
                .execute());
    }

    @Override
    public Optional<Claimed> claimDue(Instant now) {
        return sql.run(dsl -> dsl.deleteFrom(TABLE)
                .where(ID.eq(dsl.select(ID).from(TABLE).where(NEXT_ATTEMPT_AT.le(now)).orderBy(NEXT_ATTEMPT_AT, ID).limit(1)
                        .forUpdate().skipLocked()))
                .returning(ID, KIND, JOB_ID, WAVE, STEP, DUE_AT, ATTEMPTS)
                .fetchOptional(row -> new Claimed(row.get(ID), new Timer(Timer.Kind.valueOf(row.get(KIND).toUpperCase(Locale.ROOT)),
                        new JobId(row.get(JOB_ID)), row.get(WAVE), row.get(STEP), row.get(DUE_AT)), row.get(ATTEMPTS))));
    }

    @Override
    public void retryLater(Claimed claimed, Instant retryAt, String error) {
        sql.run(dsl -> dsl.update(TABLE)
                .set(ATTEMPTS, ATTEMPTS.plus(1))
                .set(NEXT_ATTEMPT_AT, retryAt)
                .set(LAST_ERROR, error)
                .where(ID.eq(claimed.id()).and(ATTEMPTS.eq(claimed.failedAttempts())))
                .execute());
    }

    @Override
    public boolean park(Claimed claimed, DeadLetter deadLetter) {
        return transactions.inTransaction(() -> sql.run(dsl -> {
            int deleted = dsl.deleteFrom(TABLE).where(ID.eq(claimed.id()).and(ATTEMPTS.eq(claimed.failedAttempts()))).execute();
            if (deleted == 1) {
                DeadLetterRows.insertTimer(dsl, deadLetter, claimed.timer());
            }
            return deleted == 1;
        }));
    }
}
