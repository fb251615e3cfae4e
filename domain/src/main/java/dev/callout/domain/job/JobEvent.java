package dev.callout.domain.job;

import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.time.Instant;

/** What happened to a job. Aggregate methods return these; the application records them. */
public sealed interface JobEvent extends DomainEvent {

    // the event types, as stored, published and named by subscribers
    String POSTED = "job.posted";
    String ACCEPTED = "job.accepted";
    String STATUS_CHANGED = "job.status_changed";
    String PROVIDER_WITHDREW = "job.provider_withdrew";

    JobId jobId();

    @Override
    default String subjectId() {
        return jobId().value();
    }

    /** A customer posted a job; dispatch offers it to providers. */
    record JobPosted(JobId jobId, UserId customerId, String category, Place location, Urgency urgency,
                     Instant scheduledAt, Instant occurredAt) implements JobEvent {
        @Override
        public String type() {
            return POSTED;
        }
    }

    /** A provider accepted the job. */
    record JobAccepted(JobId jobId, UserId customerId, UserId providerId, Instant occurredAt) implements JobEvent {
        @Override
        public String type() {
            return ACCEPTED;
        }
    }

    /**
     * The job moved from one status to another (en route, started, completed, cancelled, disputed,
     * no provider found). {@code changedBy} is null when the system made the move (dispatch expiry).
     */
    record JobStatusChanged(JobId jobId, UserId customerId, UserId providerId, JobStatus from, JobStatus to,
                            Role changedBy, String reason, Instant occurredAt) implements JobEvent {
        @Override
        public String type() {
            return STATUS_CHANGED;
        }
    }

    /** The assigned provider withdrew before starting; the job is open again without them. */
    record ProviderWithdrew(JobId jobId, UserId customerId, UserId providerId, String reason,
                            Instant occurredAt) implements JobEvent {
        @Override
        public String type() {
            return PROVIDER_WITHDREW;
        }
    }
}
