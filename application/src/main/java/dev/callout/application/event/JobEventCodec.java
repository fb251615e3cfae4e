package dev.callout.application.event;

import static dev.callout.application.event.Fields.instant;
import static dev.callout.application.event.Fields.place;
import static dev.callout.application.event.Fields.required;
import static dev.callout.application.event.Fields.string;

import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The job events' fields: job.posted, job.accepted, job.status_changed, job.provider_withdrew. */
public final class JobEventCodec implements EventCodec {

    /** {@code changed_by} of a move no user made. */
    public static final String SYSTEM = "system";

    @Override
    public Set<String> types() {
        return Set.of(JobEvent.POSTED, JobEvent.ACCEPTED, JobEvent.STATUS_CHANGED, JobEvent.PROVIDER_WITHDREW);
    }

    @Override
    public Map<String, Object> encode(DomainEvent event) {
        JobEvent jobEvent = (JobEvent) event;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("job_id", jobEvent.jobId().value());
        switch (jobEvent) {
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
                fields.put("changed_by", changed.changedBy() == null ? SYSTEM : changed.changedBy().wireName());
                fields.put("reason", changed.reason());
            }
            case JobEvent.ProviderWithdrew withdrew -> {
                fields.put("customer_id", withdrew.customerId().value());
                fields.put("provider_id", withdrew.providerId().value());
                fields.put("reason", withdrew.reason());
            }
        }
        fields.put("occurred_at", instant(event.occurredAt()));
        return fields;
    }

    @Override
    public DomainEvent decode(String type, Map<String, Object> fields) {
        JobId jobId = new JobId(required(fields, "job_id"));
        UserId customerId = new UserId(required(fields, "customer_id"));
        return switch (type) {
            case JobEvent.POSTED -> new JobEvent.JobPosted(jobId, customerId, required(fields, "category"),
                    place(fields, "location"), Urgency.fromWireName(required(fields, "urgency")).orElseThrow(),
                    instant(fields, "scheduled_at"), instant(fields, "occurred_at"));
            case JobEvent.ACCEPTED -> new JobEvent.JobAccepted(jobId, customerId, new UserId(required(fields, "provider_id")),
                    instant(fields, "occurred_at"));
            case JobEvent.STATUS_CHANGED -> new JobEvent.JobStatusChanged(jobId, customerId, userId(fields, "provider_id"),
                    status(fields, "from"), status(fields, "to"),
                    changedBy(required(fields, "changed_by")), string(fields, "reason"),
                    instant(fields, "occurred_at"));
            case JobEvent.PROVIDER_WITHDREW -> new JobEvent.ProviderWithdrew(jobId, customerId,
                    new UserId(required(fields, "provider_id")), string(fields, "reason"), instant(fields, "occurred_at"));
            default -> throw new IllegalArgumentException("not a job event: " + type);
        };
    }

    /** The system's own moves (dispatch expiry) carry no role. */
    private static Role changedBy(String value) {
        return SYSTEM.equals(value) ? null : Role.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static UserId userId(Map<String, Object> fields, String name) {
        String value = string(fields, name);
        return value == null ? null : new UserId(value);
    }

    private static JobStatus status(Map<String, Object> fields, String name) {
        return JobStatus.fromWireName(required(fields, name)).orElseThrow();
    }
}
