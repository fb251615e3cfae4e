package dev.callout.domain.payment;

/** Where the money itself is: not yet taken, held on the card, taken, released unused, or failed. */
public enum Stage {
    PENDING, AUTHORIZED, CAPTURED, CANCELLED, FAILED
}
