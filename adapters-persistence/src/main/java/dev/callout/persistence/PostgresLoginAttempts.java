package dev.callout.persistence;

import static dev.callout.persistence.IdentityTables.LoginAttempts.*;

import dev.callout.application.port.LoginAttempts;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.jooq.impl.DSL;

/** Failure counters shared by every node; each failure is one upsert, so concurrent failures all count. */
@Singleton
public final class PostgresLoginAttempts implements LoginAttempts {

    private final Sql sql;

    PostgresLoginAttempts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Failures> failures(String key) {
        return sql.run(dsl -> dsl.select(FAILURES, WINDOW_START, LAST_FAILURE).from(TABLE).where(KEY.eq(key))
                .fetchOptional(r -> new Failures(r.get(FAILURES), r.get(WINDOW_START), r.get(LAST_FAILURE))));
    }

    @Override
    public Failures recordFailure(String key, Instant at, Instant windowStartsAfter) {
        return sql.run(dsl -> {
            // in ON CONFLICT DO UPDATE a bare column name could be the stored row's or the proposed one's
            var storedWindow = DSL.field(DSL.name("login_attempts", "window_start"), WINDOW_START.getDataType());
            var storedFailures = DSL.field(DSL.name("login_attempts", "failures"), FAILURES.getDataType());
            var stale = storedWindow.lt(DSL.val(windowStartsAfter));
            return dsl.insertInto(TABLE).set(KEY, key).set(FAILURES, 1).set(WINDOW_START, at).set(LAST_FAILURE, at)
                    .onConflict(KEY).doUpdate()
                    .set(FAILURES, DSL.when(stale, DSL.inline(1)).otherwise(storedFailures.plus(1)))
                    .set(WINDOW_START, DSL.when(stale, DSL.val(at)).otherwise(storedWindow))
                    .set(LAST_FAILURE, at)
                    .returning(FAILURES, WINDOW_START, LAST_FAILURE)
                    .fetchOne(r -> new Failures(r.get(FAILURES), r.get(WINDOW_START), r.get(LAST_FAILURE)));
        });
    }

    @Override
    public void clear(String key) {
        sql.run(dsl -> dsl.deleteFrom(TABLE).where(KEY.eq(key)).execute());
    }
}
