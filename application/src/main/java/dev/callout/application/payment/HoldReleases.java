package dev.callout.application.payment;

import dev.callout.application.port.Ledger;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Transactions;
import dev.callout.domain.job.JobId;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentOutcome;
import dev.callout.domain.payment.PaymentStatus;
import java.time.Clock;
import java.util.Optional;

/**
 * Frees a job's payment before an admin deletes the job ({@code callout.payments.deletion-releases-holds}): a payment
 * that took no money yet (pending, or held on the card) is cancelled and its hold released at the gateway at once, and
 * the intent of a refused card, still waiting for a payment method there, is cancelled too.
 * Money that reached the platform is never given back this way (a refund is an admin's decision of its own), so a
 * payment that captured any stays as it is.
 */
public final class HoldReleases {

    /** Where the job's payment stands after the attempt. */
    public sealed interface Release {
        /** No payment holds anything: there was none, or it is cancelled now ({@code payment}, null when there was none). */
        record Released(PaymentId payment) implements Release {
        }

        /** Money was captured for the job: nothing was changed. */
        record MoneyCaptured() implements Release {
        }

        /** The cancellation is recorded but the gateway has not confirmed it; the payment sweeper carries on. */
        record GatewayPending() implements Release {
        }
    }

    private final Payments payments;
    private final PaymentChanges changes;
    private final GatewayCalls calls;

    public HoldReleases(Payments payments, Ledger ledger, PaymentGateway gateway, Outbox outbox, Transactions transactions,
                        Clock clock) {
        this.payments = payments;
        this.changes = new PaymentChanges(payments, ledger, outbox, transactions, clock);
        this.calls = new GatewayCalls(payments, gateway, changes);
    }

    public Release release(JobId jobId) {
        boolean refusedPending = false;
        for (Payment refused : payments.forJob(jobId)) {
            refusedPending |= cancelIntentOf(refused);
        }
        Optional<Payment> live = payments.liveForJob(jobId);
        if (live.isEmpty()) {
            return refusedPending ? new Release.GatewayPending() : new Release.Released(null);
        }
        PaymentId id = live.get().id();
        // decided on the payment as it is in the transaction: a capture that won the race is kept
        PaymentResult cancelled = changes.run(id, (payment, now) -> payment.captured().isPositive()
                ? new PaymentOutcome.Unchanged(payment) : payment.cancel(now));
        if (cancelled instanceof PaymentResult.Ok ok && ok.payment().awaitsGateway()) {
            calls.settle(id);
        }
        Payment now = payments.byId(id).orElseThrow();
        if (now.captured().isPositive()) {
            return new Release.MoneyCaptured();
        }
        return refusedPending || now.isLive() || now.awaitsGateway() ? new Release.GatewayPending() : new Release.Released(id);
    }

    /**
     * A refused card's intent still waits for a payment method at the gateway: it is cancelled there, so nothing of the
     * job stays open. True while the gateway has not confirmed it.
     */
    private boolean cancelIntentOf(Payment payment) {
        if (payment.status() != PaymentStatus.FAILED || payment.intentId() == null) {
            return false;
        }
        PaymentResult asked = payment.cancelRequested() ? new PaymentResult.Ok(payment)
                : changes.run(payment.id(), (p, now) -> p.cancel(now));
        if (asked instanceof PaymentResult.Ok ok && ok.payment().awaitsGateway()) {
            calls.settle(payment.id());
        }
        return payments.byId(payment.id()).map(Payment::awaitsGateway).orElse(false);
    }
}
