package dev.callout.application.payment;

import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.HoldPlan;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import java.util.Objects;

/**
 * A payment intent to create. {@code manualCapture} holds the money until captured. With a
 * {@code destinationAccount} the charge goes to the provider's connected account less the
 * {@code applicationFee}, which stays with the platform.
 */
public record NewIntent(String idempotencyKey, PaymentId paymentId, JobId jobId, PaymentMethod method, Money amount,
                        boolean manualCapture, String destinationAccount, Money applicationFee) {

    public NewIntent {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        if ((destinationAccount == null) != (applicationFee == null)) {
            throw new IllegalArgumentException("a destination comes with an application fee");
        }
    }

    /** The payment's intent: held when its plan authorises, paid to its connected account less the platform's fee. */
    public static NewIntent of(Payment payment, String idempotencyKey) {
        return new NewIntent(idempotencyKey, payment.id(), payment.jobId(), payment.method(), payment.amount(),
                payment.plan() == HoldPlan.AUTHORISE, payment.payoutAccount(),
                payment.payoutAccount() == null ? null : payment.split().fee());
    }
}
