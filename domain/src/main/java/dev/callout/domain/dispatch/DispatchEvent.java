package dev.callout.domain.dispatch;

import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.Place;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;

/** Offers made to, and taken back from, one provider each. */
public sealed interface DispatchEvent extends DomainEvent {

    // the event types, as stored, published and named by subscribers
    String OFFERED = "job.offered";
    String OFFER_WITHDRAWN = "job.offer_withdrawn";

    JobId jobId();

    UserId providerId();

    @Override
    default String subjectId() {
        return jobId().value();
    }

    /** The job is offered to this provider until {@code expiresAt}. */
    record JobOffered(JobId jobId, UserId providerId, String category, String description, Place location,
                      Urgency urgency, Instant scheduledAt, Money price, double distanceKm, Duration eta,
                      Instant expiresAt, Instant occurredAt) implements DispatchEvent {
        @Override
        public String type() {
            return OFFERED;
        }
    }

    /** An offer is no longer valid: the job was taken, cancelled or expired. */
    record OfferWithdrawn(JobId jobId, UserId providerId, String reason, Instant occurredAt) implements DispatchEvent {
        @Override
        public String type() {
            return OFFER_WITHDRAWN;
        }
    }
}
