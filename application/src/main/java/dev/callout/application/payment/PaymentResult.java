package dev.callout.application.payment;

import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentRejection;
import java.util.Map;

/** What a payment command came to. */
public sealed interface PaymentResult {

    record Ok(Payment payment) implements PaymentResult {
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

    /** The change is recorded but the gateway did not answer; it is retried with the same idempotency key. */
    record GatewayUnavailable(Payment payment) implements PaymentResult {
    }

    /** The gateway declined the customer's payment method; the payment is failed. */
    record Declined(Payment payment, String code, String message) implements PaymentResult {
    }

    /** The payment kept changing under the command; nothing was written. */
    record Conflict() implements PaymentResult {
    }
}
