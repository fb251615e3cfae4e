package dev.callout.persistence;

import static dev.callout.persistence.Tables.Outbox.*;

import dev.callout.application.port.Outbox;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.Place;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.InsertValuesStep4;
import org.jooq.JSONB;
import org.jooq.Record;

/**
 * Writes one {@code outbox} row per event, in the caller's transaction, for a relay to publish
 * after commit. The payload is JSON with snake_case fields; the type is e.g. {@code job.accepted}.
 */
@Singleton
public final class PostgresOutbox implements Outbox {

    private final Sql sql;
    private final JsonMapper json;

    PostgresOutbox(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public void record(List<? extends JobEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        sql.run(dsl -> {
            InsertValuesStep4<Record, String, String, JSONB, Instant> insert =
                    dsl.insertInto(TABLE, EVENT_TYPE, JOB_ID, PAYLOAD, OCCURRED_AT);
            for (JobEvent event : events) {
                insert = insert.values(type(event), event.jobId().value(), JSONB.valueOf(payload(event)), event.occurredAt());
            }
            return insert.execute();
        });
    }

    static String type(JobEvent event) {
        return switch (event) {
            case JobEvent.JobPosted posted -> "job.posted";
            case JobEvent.JobAccepted accepted -> "job.accepted";
            case JobEvent.JobStatusChanged changed -> "job.status_changed";
            case JobEvent.ProviderWithdrew withdrew -> "job.provider_withdrew";
        };
    }

    private String payload(JobEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", type(event));
        fields.put("job_id", event.jobId().value());
        switch (event) {
            case JobEvent.JobPosted posted -> {
                fields.put("customer_id", posted.customerId().value());
                fields.put("category", posted.category());
                fields.put("location", place(posted.location()));
                fields.put("urgency", posted.urgency().wireName());
                fields.put("scheduled_at", instant(posted.scheduledAt()));
            }
            case JobEvent.JobAccepted accepted -> {
                fields.put("customer_id", accepted.customerId().value());
                fields.put("provider_id", accepted.providerId().value());
            }
            case JobEvent.JobStatusChanged changed -> {
                fields.put("customer_id", changed.customerId().value());
                fields.put("provider_id", changed.providerId() == null ? null : changed.providerId().value());
                fields.put("from", changed.from().wireName());
                fields.put("to", changed.to().wireName());
                fields.put("changed_by", changed.changedBy().wireName());
                fields.put("reason", changed.reason());
            }
            case JobEvent.ProviderWithdrew withdrew -> {
                fields.put("customer_id", withdrew.customerId().value());
                fields.put("provider_id", withdrew.providerId().value());
                fields.put("reason", withdrew.reason());
            }
        }
        fields.put("occurred_at", instant(event.occurredAt()));
        try {
            return json.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> place(Place place) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("lat", place.point().lat());
        fields.put("lng", place.point().lng());
        fields.put("address", place.address());
        return fields;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
