package dev.callout.application.dispute;

import dev.callout.application.job.MoneyInput;
import dev.callout.application.payment.PaymentResult;
import dev.callout.application.payment.RefundPaymentUseCase.RefundPaymentCommand;
import dev.callout.application.payment.RefundPaymentUseCase.RefundResult;
import dev.callout.application.payment.RefundPaymentUseCase;
import dev.callout.application.port.Payments;
import dev.callout.domain.dispute.DisputeId;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.Refund;
import dev.callout.domain.payment.RefundStatus;
import dev.callout.domain.user.Actor;
import java.util.Optional;

/**
 * Dispute refunds through the payments' own refund use case. Each refund's reason starts with the
 * dispute id, which is how a retried resolution recognises the refund it already made.
 */
public final class PaymentDisputeRefunds implements DisputeRefunds {

    private final Payments payments;
    private final RefundPaymentUseCase refunds;

    public PaymentDisputeRefunds(Payments payments, RefundPaymentUseCase refunds) {
        this.payments = payments;
        this.refunds = refunds;
    }

    @Override
    public Optional<Money> refundable(JobId jobId) {
        return payments.liveForJob(jobId).map(Payment::refundable).filter(Money::isPositive);
    }

    @Override
    public RefundOutcome refund(Actor admin, DisputeId disputeId, JobId jobId, Money amount, String note) {
        Optional<Payment> payment = payments.liveForJob(jobId);
        if (payment.isEmpty()) {
            return new RefundOutcome.Failed("NOTHING_TO_REFUND", "the job has no payment to refund");
        }
        String marker = "dispute " + disputeId.value();
        Optional<Refund> earlier = payment.get().refunds().stream()
                .filter(refund -> refund.reason() != null && refund.reason().startsWith(marker))
                .filter(refund -> refund.status() != RefundStatus.FAILED)
                .findFirst();
        if (earlier.isPresent()) {
            return new RefundOutcome.Refunded(earlier.get().id().value());
        }
        String reason = note == null || note.isBlank() ? marker : marker + ": " + note;
        RefundResult result = refunds.refund(new RefundPaymentCommand(admin, payment.get().id(),
                new MoneyInput(amount.amount(), amount.currency().getCurrencyCode()),
                reason.length() > Refund.MAX_REASON_LENGTH ? reason.substring(0, Refund.MAX_REASON_LENGTH) : reason));
        return switch (result.result()) {
            case PaymentResult.Ok ok -> new RefundOutcome.Refunded(result.refundId().value());
            case PaymentResult.AlreadyReleased again -> throw new IllegalStateException("a refund is not a release");
            case PaymentResult.GatewayUnavailable pending -> new RefundOutcome.Refunded(result.refundId() == null ? null
                    : result.refundId().value());
            case PaymentResult.Refused refused -> new RefundOutcome.Failed(refused.reason().name(), refused.reason().message());
            case PaymentResult.NotFound notFound -> new RefundOutcome.Failed("NOTHING_TO_REFUND", "the job has no payment to refund");
            case PaymentResult.Invalid invalid -> new RefundOutcome.Failed("REFUND_INVALID", "the refund was refused: " + invalid.fields());
            case PaymentResult.Declined declined -> new RefundOutcome.Failed(declined.code(), declined.message());
            case PaymentResult.Conflict conflict -> new RefundOutcome.Failed("CONFLICT", "the payment kept changing; retry");
        };
    }
}
