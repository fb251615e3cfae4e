package dev.callout.application.payment;

import dev.callout.application.event.EventHandler;
import dev.callout.application.port.Ledger;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Transactions;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Moves a job's payment when the job moves, after the job's change committed: the provider who
 * takes the job is the one paid; a completed job releases the money (a hold is captured); a
 * cancelled or expired job, or one its provider withdrew from, releases the hold or gives back money
 * held for it. Where cards are held from posting, a withdrawal keeps the hold for the next provider
 * unless it goes to the one who withdrew (a connected account). Idempotent: a redelivered event
 * finds the payment already there.
 */
public final class PaymentsOnJobEvents implements EventHandler {

    private final Payments payments;
    private final PaymentChanges changes;
    private final GatewayCalls calls;
    private final boolean cardsHeldFromPosting;

    public PaymentsOnJobEvents(Payments payments, Ledger ledger, PaymentGateway gateway, Outbox outbox,
                               Transactions transactions, Clock clock) {
        this(payments, ledger, gateway, outbox, transactions, clock, false);
    }

    public PaymentsOnJobEvents(Payments payments, Ledger ledger, PaymentGateway gateway, Outbox outbox,
                               Transactions transactions, Clock clock, boolean cardsHeldFromPosting) {
        this.payments = payments;
        this.cardsHeldFromPosting = cardsHeldFromPosting;
        this.changes = new PaymentChanges(payments, ledger, outbox, transactions, clock);
        this.calls = new GatewayCalls(payments, gateway, changes);
    }

    @Override
    public boolean handles(String eventType) {
        return eventType.equals(JobEvent.ACCEPTED) || eventType.equals(JobEvent.STATUS_CHANGED)
                || eventType.equals(JobEvent.PROVIDER_WITHDREW);
    }

    @Override
    public String name() {
        return "payments";
    }

    @Override
    public void handle(DomainEvent event) {
        switch (event) {
            case JobEvent.JobAccepted accepted -> run(accepted.jobId(), (payment, now) -> payment.assign(accepted.providerId(), now));
            case JobEvent.JobStatusChanged changed when changed.to() == JobStatus.COMPLETED -> {
                run(changed.jobId(), (payment, now) -> payment.assign(changed.providerId(), now));
                run(changed.jobId(), (payment, now) -> payment.release(null, now));
            }
            case JobEvent.JobStatusChanged changed when changed.to() == JobStatus.CANCELLED
                    || changed.to() == JobStatus.NO_PROVIDER_FOUND -> run(changed.jobId(), Payment::cancel);
            case JobEvent.ProviderWithdrew withdrew -> run(withdrew.jobId(), (payment, now) ->
                    cardsHeldFromPosting && payment.payoutAccount() == null ? payment.assign(null, now) : payment.cancel(now));
            default -> {
            }
        }
    }

    private void run(JobId jobId, BiFunction<Payment, Instant, PaymentOutcome> decision) {
        Optional<Payment> live = payments.liveForJob(jobId);
        if (live.isEmpty()) {
            return;
        }
        PaymentResult result = changes.run(live.get().id(), decision);
        if (result instanceof PaymentResult.Ok ok && ok.payment().awaitsGateway()) {
            calls.settle(ok.payment().id());
        }
    }
}
