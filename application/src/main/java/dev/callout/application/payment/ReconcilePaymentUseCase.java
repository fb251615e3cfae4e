package dev.callout.application.payment;

import dev.callout.domain.user.Actor;

/**
 * A party of a card payment asks the gateway how its intent stands now, and the payment catches up
 * with what the gateway says (what its webhook would have reported), as the customer's app does
 * after confirming the card. A payment the caller cannot see, or an id no payment has, is not found.
 */
public interface ReconcilePaymentUseCase {

    PaymentResult reconcile(Actor actor, String intentId);
}
