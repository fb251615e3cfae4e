package dev.callout.application.event;

import static dev.callout.application.event.Fields.instant;
import static dev.callout.application.event.Fields.required;
import static dev.callout.application.event.Fields.string;

import dev.callout.application.admin.JobDeleted;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The moderation events' fields: {@code job.deleted} {job_id, customer_id, provider_id, occurred_at}, for both parties. */
public final class ModerationEventCodec implements EventCodec {

    @Override
    public Set<String> types() {
        return Set.of(JobDeleted.TYPE);
    }

    @Override
    public Map<String, Object> encode(DomainEvent event) {
        if (!(event instanceof JobDeleted deleted)) {
            throw new IllegalArgumentException("not a moderation event: " + event.type());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("job_id", deleted.jobId().value());
        fields.put("customer_id", deleted.customerId().value());
        fields.put("provider_id", deleted.providerId() == null ? null : deleted.providerId().value());
        fields.put("occurred_at", instant(deleted.occurredAt()));
        return fields;
    }

    @Override
    public DomainEvent decode(String type, Map<String, Object> fields) {
        if (!JobDeleted.TYPE.equals(type)) {
            throw new IllegalArgumentException("not a moderation event: " + type);
        }
        String provider = string(fields, "provider_id");
        return new JobDeleted(new JobId(required(fields, "job_id")), new UserId(required(fields, "customer_id")),
                provider == null ? null : new UserId(provider), instant(fields, "occurred_at"));
    }
}
