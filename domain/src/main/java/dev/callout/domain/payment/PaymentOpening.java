package dev.callout.domain.payment;

import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.PaymentOutcome.Changed;
import dev.callout.domain.payment.Stage.Pending;
import dev.callout.domain.user.Actor;
import java.time.Instant;
import java.util.List;

/** What opening a payment checks and makes, whenever it is opened ({@link Payment#open}, {@link Payment#openAtPosting}). */
final class PaymentOpening {

    private PaymentOpening() {
    }

    static PaymentOutcome open(PaymentId id, Job job, Actor customer, PaymentMethod method, Money amount, String payoutAccount,
                               HoldWindow window, boolean cardsAfterCompletion, Instant now) {
        JobStatus status = job.status();
        boolean payable = status != JobStatus.REQUESTED && status != JobStatus.CANCELLED && status != JobStatus.DISPUTED
                && job.providerId() != null;
        PaymentRejection refused = refusal(job, customer, amount, payable, method.requiresCompletedJob() || cardsAfterCompletion);
        if (refused != null) {
            return new PaymentOutcome.Refused(refused);
        }
        HoldPlan plan = method == PaymentMethod.CARD ? window.plan(now, job.details().scheduledAt()) : HoldPlan.CAPTURE_NOW;
        // money charged now is the platform's to hold: no transfer before the work is done
        String destination = method == PaymentMethod.CARD && plan == HoldPlan.AUTHORISE ? payoutAccount : null;
        return opened(id, job, method, plan, destination, now);
    }

    static PaymentOutcome openAtPosting(PaymentId id, Job job, Actor customer, Money amount, HoldWindow window, Instant now) {
        PaymentRejection refused = refusal(job, customer, amount, job.status() == JobStatus.REQUESTED && job.providerId() == null,
                false);
        return refused != null ? new PaymentOutcome.Refused(refused)
                : opened(id, job, PaymentMethod.CARD, window.plan(now, job.details().scheduledAt()), null, now);
    }

    /** Why the customer may not pay {@code amount} (null: the job's price) for the job now; null when they may. */
    static PaymentRejection refusal(Job job, Actor customer, Money amount, boolean payable, boolean waitsForCompletion) {
        if (!customer.id().equals(job.customerId())) { // the job's poster, whatever else the account does
            return PaymentRejection.ROLE_NOT_ALLOWED;
        }
        if (!payable || !job.price().total().isPositive()) {
            return PaymentRejection.JOB_NOT_PAYABLE;
        }
        if (waitsForCompletion && job.status() != JobStatus.COMPLETED) {
            return PaymentRejection.JOB_NOT_COMPLETED;
        }
        if (amount != null && !amount.sameCurrencyAs(job.price().total())) {
            return PaymentRejection.CURRENCY_MISMATCH;
        }
        return amount != null && !amount.equals(job.price().total()) ? PaymentRejection.AMOUNT_MISMATCH : null;
    }

    /** An opened card payment to be paid on the gateway's hosted page: it asks for the page rather than an intent. */
    static PaymentOutcome onHostedPage(PaymentOutcome opening) {
        if (!(opening instanceof Changed opened)) {
            return opening;
        }
        Payment p = opened.payment();
        Payment onPage = new Payment(p.id(), p.jobId(), p.customerId(), p.providerId(), p.method(), p.split(), p.plan(),
                p.payoutAccount(), p.stage(), p.releaseRequested(), p.customerReleased(), p.cancelRequested(), p.disputed(),
                GatewayCall.CHECKOUT, null, null, null, p.refunds(), p.createdAt(), p.updatedAt(), p.version());
        return new Changed(onPage, opened.entries(), opened.events());
    }

    /** The new payment for the job's price, waiting for its gateway call when it goes through one. */
    static Changed opened(PaymentId id, Job job, PaymentMethod method, HoldPlan plan, String destination, Instant now) {
        Payment opened = new Payment(id, job.id(), job.customerId(), job.providerId(), method, job.price().split(), plan,
                destination, new Pending(), job.status() == JobStatus.COMPLETED, false, false, false,
                method.throughGateway() ? GatewayCall.CREATE : null, null, null, null,
                Refunds.none(job.price().total().currency()), now, now, 0);
        return new Changed(opened, List.of(), List.of(opened.updated(now)));
    }
}
