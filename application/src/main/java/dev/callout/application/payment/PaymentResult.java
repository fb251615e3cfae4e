package dev.callout.application.payment;

import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentRejection;
import java.util.Map;

/** What a payment command came to. */
public sealed interface PaymentResult {

    /** A change just recorded: {@code Ok}, or {@code GatewayUnavailable} while a gateway call or refund is still to be made. */
    static PaymentResult recorded(Payment payment) {
        return payment.awaitsGateway() ? new GatewayUnavailable(payment) : new Ok(payment);
    }

    record Ok(Payment payment) implements PaymentResult {
    }

    /** The customer released the money before (a release of theirs, not the job's completion): nothing changed. */
    record AlreadyReleased(Payment payment) implements PaymentResult {
    }

    /** No such payment or job, or not one the caller may see. */
    record NotFound() implements PaymentResult {
    }

    record Refused(PaymentRejection reason) implements PaymentResult {
    }

    record Invalid(Map<String, String> fields) implements PaymentResult {
        public Invalid {
            fields = Map.copyOf(fields);
        }
    }

    /** The change is recorded but the gateway did not answer (yet); it is retried with the same idempotency key. */
    record GatewayUnavailable(Payment payment) implements PaymentResult {
    }

    /** The gateway declined the customer's payment method; the payment is failed. */
    record Declined(Payment payment, String code, String message) implements PaymentResult {
    }

    /** The payment kept changing under the command; nothing was written. */
    record Conflict() implements PaymentResult {
    }
}
