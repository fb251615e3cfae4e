package dev.callout.application.payment;

/**
 * A webhook from the payment gateway, as received: the raw body and its signature header. It is
 * verified, then applied at most once (by its event id) whatever order events arrive in.
 */
public interface HandleGatewayEventUseCase {

    WebhookResult handle(String payload, String signatureHeader);

    sealed interface WebhookResult {
        /** The event changed a payment, or told nothing new about it. */
        record Applied(String eventId) implements WebhookResult {
        }

        /** The event was handled before: nothing happened this time. */
        record Duplicate(String eventId) implements WebhookResult {
        }

        /**
         * Acknowledged and recorded, nothing else: a type we do not act on, a payment we do not know,
         * or facts that contradict the payment (another currency, more than its amount).
         */
        record Ignored(String eventId, String reason) implements WebhookResult {
        }

        /** Not signed by the gateway: nothing is done with it. */
        record Refused(String reason) implements WebhookResult {
        }

        /** Signed, but not an event that can be read: nothing is done or recorded. */
        record Unreadable(String reason) implements WebhookResult {
        }
    }
}
