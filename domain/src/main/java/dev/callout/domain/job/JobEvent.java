package dev.callout.domain.job;

import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.time.Instant;

/** What happened to a job. Aggregate methods return these; the application records them. */
public sealed interface JobEvent {

    JobId jobId();

    Instant occurredAt();

    /** A customer posted a job; dispatch offers it to providers. */
    record JobPosted(JobId jobId, UserId customerId, String category, Place location, Urgency urgency,
                     Instant scheduledAt, Instant occurredAt) implements JobEvent {
    }

    /** A provider accepted the job. */
    record JobAccepted(JobId jobId, UserId customerId, UserId providerId, Instant occurredAt) implements JobEvent {
    }

    /** The job moved from one status to another (en route, started, completed, cancelled, disputed). */
    record JobStatusChanged(JobId jobId, UserId customerId, UserId providerId, JobStatus from, JobStatus to,
                            Role changedBy, String reason, Instant occurredAt) implements JobEvent {
    }

    /** The assigned provider withdrew before starting; the job is open again without them. */
    record ProviderWithdrew(JobId jobId, UserId customerId, UserId providerId, String reason,
                            Instant occurredAt) implements JobEvent {
    }
}
