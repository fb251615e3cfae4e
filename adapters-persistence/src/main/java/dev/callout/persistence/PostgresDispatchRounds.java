package dev.callout.persistence;

import static dev.callout.persistence.DispatchTables.Rounds.*;

import dev.callout.application.port.DispatchRounds;
import dev.callout.domain.dispatch.DispatchRound;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;

@Singleton
public final class PostgresDispatchRounds implements DispatchRounds {

    private final Sql sql;

    PostgresDispatchRounds(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<DispatchRound> byJob(JobId jobId) {
        return sql.run(dsl -> dsl.select(JOB_ID, WAVE, OPENED_AT, STEP, OFFERED, EXPIRES_AT).from(TABLE)
                .where(JOB_ID.eq(jobId.value()))
                .fetchOptional(row -> new DispatchRound(new JobId(row.get(JOB_ID)), row.get(WAVE), row.get(OPENED_AT),
                        row.get(STEP), Arrays.stream(row.get(OFFERED)).map(UserId::new).collect(Collectors.toSet()),
                        row.get(EXPIRES_AT))));
    }

    @Override
    public void save(DispatchRound round) {
        String[] offered = round.offered().stream().map(UserId::value).sorted().toArray(String[]::new);
        sql.run(dsl -> dsl.insertInto(TABLE)
                .set(JOB_ID, round.jobId().value())
                .set(WAVE, round.wave())
                .set(OPENED_AT, round.openedAt())
                .set(STEP, round.step())
                .set(OFFERED, offered)
                .set(EXPIRES_AT, round.expiresAt())
                .onConflict(JOB_ID).doUpdate()
                .set(WAVE, DSL.excluded(WAVE))
                .set(OPENED_AT, DSL.excluded(OPENED_AT))
                .set(STEP, DSL.excluded(STEP))
                .set(OFFERED, DSL.excluded(OFFERED))
                .set(EXPIRES_AT, DSL.excluded(EXPIRES_AT))
                .execute());
    }
}
