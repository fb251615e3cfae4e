package dev.callout.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.callout.application.port.JobTimeline;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The job_timeline table of V24: rows appended in the transition's transaction, read in id order. */
@Singleton
public final class PostgresJobTimeline implements JobTimeline {

    private static final Table<Record> TABLE = table(name("job_timeline"));
    private static final Field<Long> ID = field(name("job_timeline", "id"), SQLDataType.BIGINT);
    private static final Field<String> JOB_ID = field(name("job_timeline", "job_id"), SQLDataType.VARCHAR);
    private static final Field<String> STATUS = field(name("job_timeline", "status"), SQLDataType.VARCHAR);
    private static final Field<Instant> AT = field(name("job_timeline", "at"), SQLDataType.INSTANT);
    private static final Field<String> ACTOR_ID = field(name("job_timeline", "actor_id"), SQLDataType.VARCHAR);
    private static final Field<String> ACTOR_ROLE = field(name("job_timeline", "actor_role"), SQLDataType.VARCHAR);

    private final Sql sql;

    PostgresJobTimeline(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        sql.run(dsl -> {
            var insert = dsl.insertInto(TABLE, JOB_ID, STATUS, AT, ACTOR_ID, ACTOR_ROLE);
            for (TimelineEntry entry : entries) {
                insert = insert.values(entry.jobId().value(), entry.status().wireName(), entry.at(),
                        entry.actorId() == null ? null : entry.actorId().value(),
                        entry.actorRole() == null ? null : entry.actorRole().wireName());
            }
            return insert.execute();
        });
    }

    @Override
    public List<TimelineEntry> of(JobId jobId) {
        return sql.run(dsl -> dsl.select(JOB_ID, STATUS, AT, ACTOR_ID, ACTOR_ROLE).from(TABLE)
                .where(JOB_ID.eq(jobId.value())).orderBy(ID)
                .fetch(r -> entry(r.get(JOB_ID), r.get(STATUS), r.get(AT), r.get(ACTOR_ID), r.get(ACTOR_ROLE))));
    }

    static TimelineEntry entry(String jobId, String status, Instant at, String actorId, String actorRole) {
        return entry(new JobId(jobId), status, at, actorId, actorRole);
    }

    static TimelineEntry entry(JobId jobId, String status, Instant at, String actorId, String actorRole) {
        return new TimelineEntry(jobId, JobStatus.fromWireName(status).orElseThrow(), at,
                actorId == null ? null : new UserId(actorId), actorRole == null ? null : Role.valueOf(JobMapper.upper(actorRole)));
    }
}
