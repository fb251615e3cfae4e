package dev.callout.domain.payment;

/**
 * A call to the payment gateway that a committed change asked for and that has not been
 * reconciled yet. It is made after commit with an idempotency key derived from the payment, so a
 * retry after a crash or a timeout repeats the same request rather than making a new one.
 */
public enum GatewayCall {
    /**
     * CREATE makes the intent the client confirms; CHECKOUT makes the hosted page where the customer pays; EXPIRE
     * closes that page unpaid, so nobody pays for a job that is gone.
     */
    CREATE, CHECKOUT, CAPTURE, CANCEL, EXPIRE;

    public String idempotencyKey(PaymentId payment) {
        return "callout-" + payment.value() + "-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
