package dev.callout.application.payment;

import dev.callout.application.FieldErrors;
import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.job.MoneyInput;
import dev.callout.domain.job.JobId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.user.Actor;
import java.util.Objects;

/**
 * The job's customer pays for it: a card is held (its client secret returned for the customer to
 * confirm), cash waits for the provider's confirmation, wallets go through a gateway that
 * supports them. A second payment for a job that has a live one is refused (ALREADY_PAID), also
 * while the first one's gateway call is still out: the payment sweeper finishes that call; one for
 * another amount than the live one's is refused as AMOUNT_MISMATCH.
 */
public interface CreatePaymentUseCase {

    default PaymentResult create(CreatePaymentCommand command) {
        return create(command, OnCommit.nothing());
    }

    /** Pays; {@code onCommit} gets the new payment inside the transaction that records it ({@link PaymentResult#recorded}). */
    PaymentResult create(CreatePaymentCommand command, OnCommit<PaymentResult> onCommit);

    record CreatePaymentCommand(Actor actor, JobId jobId, PaymentMethod method, MoneyInput amount) {
        public CreatePaymentCommand {
            Objects.requireNonNull(actor, "actor");
            new FieldErrors().require(jobId != null, "job_id", "is required")
                    .require(method != null, "method", "must be one of card, cash, gcash, maya")
                    .singleLine(amount == null ? null : amount.currency(), 3, "currency")
                    .throwIfAny();
        }
    }
}
