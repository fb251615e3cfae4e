package dev.callout.application.dispute;

import dev.callout.domain.dispute.Dispute;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.dispute.Resolution;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.money.Money;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A dispute was opened, taken up or resolved: for both parties of its job (and admins' notifications). */
public record DisputeUpdated(String disputeId, String jobId, UserId customerId, UserId providerId, UserId raisedBy,
                             DisputeStatus status, Resolution resolution, Money refund, Instant occurredAt)
        implements DomainEvent {

    public static final String TYPE = "dispute.updated";

    public DisputeUpdated {
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static DisputeUpdated of(Dispute dispute, UserId customerId, UserId providerId, Instant at) {
        return new DisputeUpdated(dispute.id().value(), dispute.jobId().value(), customerId, providerId, dispute.raisedBy(),
                dispute.status(), dispute.resolution(), dispute.refundAmount(), at);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectId() {
        return disputeId;
    }
}
