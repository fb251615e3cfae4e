package dev.callout.domain.payment;

/** How a card payment is taken: held on the card until the work is done, or charged now and held by the platform. */
public enum HoldPlan {
    AUTHORISE, CAPTURE_NOW
}
