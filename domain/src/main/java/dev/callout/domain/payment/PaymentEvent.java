package dev.callout.domain.payment;

import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.user.UserId;
import java.time.Instant;

/** What happened to a payment; both parties of the job hear of it. */
public sealed interface PaymentEvent extends DomainEvent {

    // the event types, as stored, published and named by subscribers
    String UPDATED = "payment.updated";

    PaymentId paymentId();

    @Override
    default String subjectId() {
        return paymentId().value();
    }

    /**
     * The payment's status or amounts changed (held, captured, released, refunded, cancelled, failed, disputed);
     * {@code failureCode} says why it failed or was given up ({@code hold_lapsed}, {@code checkout_expired}), else null.
     */
    record PaymentUpdated(PaymentId paymentId, JobId jobId, UserId customerId, UserId providerId, PaymentMethod method,
                          PaymentStatus status, Money amount, Money refunded, String failureCode, Instant occurredAt)
            implements PaymentEvent {
        @Override
        public String type() {
            return UPDATED;
        }
    }
}
