package dev.callout.application.payment;

import dev.callout.application.FieldErrors;
import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.job.MoneyInput;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.Refund;
import dev.callout.domain.payment.RefundId;
import dev.callout.domain.user.Actor;
import java.util.Objects;

/**
 * An admin gives back all (no amount) or part of a payment, never more than captured less what
 * was refunded, with a reason. Cards are refunded through the gateway; cash is recorded as given
 * back by the platform. Disputes will call this too.
 */
public interface RefundPaymentUseCase {

    default RefundResult refund(RefundPaymentCommand command) {
        return refund(command, OnCommit.nothing());
    }

    /** Refunds; {@code onCommit} gets the refund inside the transaction that records it ({@link PaymentResult#recorded}). */
    RefundResult refund(RefundPaymentCommand command, OnCommit<RefundResult> onCommit);

    record RefundPaymentCommand(Actor actor, PaymentId paymentId, MoneyInput amount, String reason) {
        public RefundPaymentCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(paymentId, "paymentId");
            new FieldErrors().notBlank(reason, "reason").freeText(reason, Refund.MAX_REASON_LENGTH, "reason").throwIfAny();
        }
    }

    /** The payment's result and, when it is {@code Ok}, the refund made. */
    record RefundResult(PaymentResult result, RefundId refundId) {
    }
}
