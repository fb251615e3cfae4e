package dev.callout.persistence;

import static dev.callout.persistence.Tables.Outbox.*;

import dev.callout.application.port.EventHistory;
import dev.callout.domain.job.JobId;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Reads a job's events back from {@code outbox} by the payload's {@code job_id} (index {@code outbox_job_events}). */
@Singleton
public final class PostgresEventHistory implements EventHistory {

    private static final Field<String> JOB_ID = DSL.field("payload->>'job_id'", SQLDataType.VARCHAR);

    private final Sql sql;
    private final JsonMapper json;

    PostgresEventHistory(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public List<RecordedEvent> ofJob(JobId jobId, long afterId, int max) {
        return sql.run(dsl -> dsl.select(ID, EVENT_TYPE, PAYLOAD, OCCURRED_AT).from(TABLE)
                .where(JOB_ID.eq(jobId.value())).and(ID.gt(afterId))
                .orderBy(ID).limit(max)
                .fetch(row -> new RecordedEvent(row.get(ID), row.get(EVENT_TYPE), fields(row.get(PAYLOAD).data()),
                        row.get(OCCURRED_AT))));
    }

    private Map<String, Object> fields(String payload) {
        try {
            return json.readValue(payload, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
