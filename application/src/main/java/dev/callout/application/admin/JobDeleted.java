package dev.callout.application.admin;

import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** An admin deleted the job for moderation: its parties' sockets learn that it is gone. */
public record JobDeleted(JobId jobId, UserId customerId, UserId providerId, Instant occurredAt) implements DomainEvent {

    public static final String TYPE = "job.deleted";

    public JobDeleted {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectId() {
        return jobId.value();
    }
}
