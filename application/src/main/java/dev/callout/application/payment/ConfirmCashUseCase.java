package dev.callout.application.payment;

import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.user.Actor;

/** The assigned provider confirms they received the cash: the payment completes and the fee is owed. */
public interface ConfirmCashUseCase {

    PaymentResult confirm(Actor actor, PaymentId paymentId);
}
