package dev.callout.domain.payment;

/**
 * Where the gateway's payment intent is: waiting for the customer (a card to confirm, 3-D Secure),
 * processing, authorised and waiting for capture, succeeded (captured), or cancelled.
 */
public enum IntentStatus {
    AWAITING_CUSTOMER, PROCESSING, REQUIRES_CAPTURE, SUCCEEDED, CANCELED
}
