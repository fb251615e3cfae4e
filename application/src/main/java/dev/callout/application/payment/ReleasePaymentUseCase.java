package dev.callout.application.payment;

import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.user.Actor;

/**
 * The customer releases the money to the provider: a hold is captured, and the amount is divided
 * into the platform's fee and the provider's earning (the job's completion releases it too). The
 * customer releasing a second time changes nothing and answers {@link PaymentResult.AlreadyReleased}.
 */
public interface ReleasePaymentUseCase {

    PaymentResult release(Actor actor, PaymentId paymentId);
}
