package dev.callout.persistence;

import static dev.callout.persistence.Tables.Outbox.*;

import dev.callout.application.event.EventCodecs;
import dev.callout.application.port.Outbox;
import dev.callout.domain.event.DomainEvent;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.jooq.InsertValuesStep4;
import org.jooq.JSONB;
import org.jooq.Record;

/**
 * Writes one {@code outbox} row per event, in the caller's transaction, for a relay to publish
 * after commit. The payload is the event's codec fields as JSON; the type is e.g. {@code job.accepted}.
 */
@Singleton
public final class PostgresOutbox implements Outbox {

    private final Sql sql;
    private final JsonMapper json;
    private final EventCodecs codecs;

    PostgresOutbox(Sql sql, JsonMapper json, EventCodecs codecs) {
        this.sql = sql;
        this.json = json;
        this.codecs = codecs;
    }

    @Override
    public void record(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        sql.run(dsl -> {
            InsertValuesStep4<Record, String, String, JSONB, Instant> insert =
                    dsl.insertInto(TABLE, EVENT_TYPE, SUBJECT_ID, PAYLOAD, OCCURRED_AT);
            for (DomainEvent event : events) {
                insert = insert.values(event.type(), event.subjectId(), JSONB.valueOf(payload(event)), event.occurredAt());
            }
            return insert.execute();
        });
    }

    private String payload(DomainEvent event) {
        try {
            return json.writeValueAsString(codecs.encode(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
