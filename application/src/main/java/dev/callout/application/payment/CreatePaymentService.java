package dev.callout.application.payment;

import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Ledger;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.application.port.PayoutAccounts;
import dev.callout.application.port.Transactions;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.HoldWindow;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentOutcome;
import dev.callout.domain.payment.PaymentRejection;
import java.time.Clock;
import java.util.Optional;

public final class CreatePaymentService implements CreatePaymentUseCase {

    private final Jobs jobs;
    private final Payments payments;
    private final PayoutAccounts payoutAccounts;
    private final PaymentGateway gateway;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final HoldWindow holdWindow;
    private final GatewayCalls calls;
    private final boolean cardsAfterCompletion;
    private final boolean cardsHeldFromPosting;
    private final boolean hostedCheckout;

    public CreatePaymentService(Jobs jobs, Payments payments, Ledger ledger, PayoutAccounts payoutAccounts,
                                PaymentGateway gateway, Outbox outbox, Transactions transactions, Clock clock,
                                IdGenerator ids, HoldWindow holdWindow) {
        this(jobs, payments, ledger, payoutAccounts, gateway, outbox, transactions, clock, ids, holdWindow, false, false, false);
    }

    /**
     * {@code cardsAfterCompletion}: cards, like cash and wallets, pay for completed jobs only;
     * {@code cardsHeldFromPosting}: a card may be held for a job nobody took yet ({@link Payment#openAtPosting});
     * {@code hostedCheckout}: a card accepted or completed is paid on the gateway's hosted page ({@link Payment#openOnHostedPage}).
     */
    public CreatePaymentService(Jobs jobs, Payments payments, Ledger ledger, PayoutAccounts payoutAccounts,
                                PaymentGateway gateway, Outbox outbox, Transactions transactions, Clock clock,
                                IdGenerator ids, HoldWindow holdWindow, boolean cardsAfterCompletion,
                                boolean cardsHeldFromPosting, boolean hostedCheckout) {
        this.jobs = jobs;
        this.payments = payments;
        this.payoutAccounts = payoutAccounts;
        this.gateway = gateway;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.holdWindow = holdWindow;
        this.calls = new GatewayCalls(payments, gateway, new PaymentChanges(payments, ledger, outbox, transactions, clock));
        this.cardsAfterCompletion = cardsAfterCompletion;
        this.cardsHeldFromPosting = cardsHeldFromPosting;
        this.hostedCheckout = hostedCheckout;
    }

    @Override
    public PaymentResult create(CreatePaymentCommand command, OnCommit<PaymentResult> onCommit) {
        if (command.method().throughGateway() && !gateway.supports(command.method())) {
            return new PaymentResult.Refused(PaymentRejection.METHOD_NOT_SUPPORTED);
        }
        Optional<Job> found = jobs.byId(command.jobId()).filter(job -> job.isVisibleTo(command.actor()));
        if (found.isEmpty()) {
            return new PaymentResult.NotFound();
        }
        Job job = found.get();
        Money amount = null;
        if (command.amount() != null) {
            PaymentInputs.Result read = PaymentInputs.money(command.amount(), job.price().total().currency(), "amount");
            if (read.money() == null) {
                return new PaymentResult.Invalid(read.problems());
            }
            amount = read.money();
        }
        Optional<Payment> live = payments.liveForJob(job.id());
        if (live.isPresent()) { // a different amount is a mistake in the request, whatever the job's payment
            return new PaymentResult.Refused(amount == null || amount.equals(live.get().amount())
                    ? PaymentRejection.ALREADY_PAID : PaymentRejection.AMOUNT_MISMATCH);
        }
        String payoutAccount = job.providerId() == null ? null : payoutAccounts.accountOf(job.providerId()).orElse(null);
        PaymentId id = PaymentId.next(ids);
        boolean card = command.method() == PaymentMethod.CARD;
        PaymentOutcome outcome = cardsHeldFromPosting && job.status() == JobStatus.REQUESTED && card
                ? Payment.openAtPosting(id, job, command.actor(), amount, holdWindow, clock.instant())
                : hostedCheckout && card
                ? Payment.openOnHostedPage(id, job, command.actor(), amount, payoutAccount, holdWindow, cardsAfterCompletion,
                clock.instant())
                : Payment.open(id, job, command.actor(), command.method(), amount, payoutAccount, holdWindow,
                cardsAfterCompletion, clock.instant());
        return switch (outcome) {
            case PaymentOutcome.Refused refused -> new PaymentResult.Refused(refused.reason());
            case PaymentOutcome.Unchanged unchanged -> throw new IllegalStateException("opening always changes");
            case PaymentOutcome.Changed opened -> record(opened, onCommit);
        };
    }

    /** Stores the payment unless the job got one meanwhile (the loser of a race is refused, never answered with the winner's). */
    private PaymentResult record(PaymentOutcome.Changed opened, OnCommit<PaymentResult> onCommit) {
        Payment payment = opened.payment();
        Payments.AddResult added = transactions.inTransaction(() -> {
            Payments.AddResult result = payments.add(payment);
            if (result == Payments.AddResult.ADDED) {
                outbox.record(opened.events());
                onCommit.committing(PaymentResult.recorded(payment));
            }
            return result;
        });
        if (added == Payments.AddResult.JOB_ALREADY_HAS_PAYMENT) {
            return new PaymentResult.Refused(PaymentRejection.ALREADY_PAID);
        }
        return payment.awaitsGateway() ? calls.settle(payment.id()) : new PaymentResult.Ok(payments.byId(payment.id()).orElseThrow());
    }
}
