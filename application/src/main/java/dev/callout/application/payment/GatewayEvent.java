package dev.callout.application.payment;

import dev.callout.domain.money.Money;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.PaymentId;

/** What a verified webhook reports. Each has the gateway's event id, unique per event and kept on redelivery. */
public sealed interface GatewayEvent {

    String eventId();

    String type();

    /** payment_intent.*: the intent as it is now. {@code paymentId} is ours, from the intent's metadata. */
    record IntentChanged(String eventId, String type, IntentSnapshot intent, PaymentId paymentId) implements GatewayEvent {
    }

    /**
     * checkout.session.completed: the customer paid on the hosted page {@code sessionId}; {@code intent} is what the
     * session says of the intent it made (held, or charged). {@code paymentId} is ours, from the session's metadata.
     */
    record CheckoutCompleted(String eventId, String type, String sessionId, IntentSnapshot intent, PaymentId paymentId)
            implements GatewayEvent {
    }

    /** checkout.session.expired: the hosted page {@code sessionId} expired unpaid. */
    record CheckoutExpired(String eventId, String type, String sessionId, PaymentId paymentId) implements GatewayEvent {
    }

    /** payment_intent.payment_failed: the customer's attempt was refused. */
    record IntentFailed(String eventId, String type, String intentId, PaymentId paymentId, String code,
                        String message) implements GatewayEvent {
    }

    /** charge.refunded: what the charge captured and its total refunded so far. */
    record ChargeRefunded(String eventId, String type, String intentId, Money amountCaptured, Money amountRefunded)
            implements GatewayEvent {
    }

    /** charge.dispute.created: the customer disputed the charge with their bank. */
    record DisputeCreated(String eventId, String type, String intentId, String reason) implements GatewayEvent {
    }

    /** Any other event type: acknowledged and recorded, nothing else. */
    record Other(String eventId, String type) implements GatewayEvent {
    }
}
