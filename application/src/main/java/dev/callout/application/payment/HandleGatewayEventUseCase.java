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

        /** A type we do not act on, or about a payment we do not know: acknowledged. */
        record Ignored(String eventId) implements WebhookResult {
        }

        record Refused(String reason) implements WebhookResult {
        }
    }
}
