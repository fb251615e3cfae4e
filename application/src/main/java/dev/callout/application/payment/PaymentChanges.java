package dev.callout.application.payment;

import dev.callout.application.TransitionRunner;
import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.port.Ledger;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Transactions;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Runs one decision against a stored payment in a transaction: read it, let the domain decide,
 * write it conditionally on the version read, with its ledger entries and events. A decision
 * that lost a race is taken again on the fresh payment.
 */
final class PaymentChanges {

    private final Payments payments;
    private final Ledger ledger;
    private final Outbox outbox;
    private final TransitionRunner runner;
    private final Clock clock;

    PaymentChanges(Payments payments, Ledger ledger, Outbox outbox, Transactions transactions, Clock clock) {
        this.payments = payments;
        this.ledger = ledger;
        this.outbox = outbox;
        this.runner = new TransitionRunner(transactions);
        this.clock = clock;
    }

    PaymentResult run(PaymentId id, BiFunction<Payment, Instant, PaymentOutcome> decision) {
        return run(id, decision, OnCommit.nothing());
    }

    /** As {@link #run(PaymentId, BiFunction)}; {@code onCommit} gets the changed payment in the transaction that writes it. */
    PaymentResult run(PaymentId id, BiFunction<Payment, Instant, PaymentOutcome> decision, OnCommit<Payment> onCommit) {
        return runner.run(() -> payments.byId(id)
                        .map(payment -> apply(payment, decision.apply(payment, clock.instant()), onCommit))
                        .orElse(Optional.of(new PaymentResult.NotFound())))
                .orElseGet(PaymentResult.Conflict::new);
    }

    /** Writes the outcome in the caller's transaction; empty when the payment changed since it was read. */
    Optional<PaymentResult> apply(Payment current, PaymentOutcome outcome) {
        return apply(current, outcome, OnCommit.nothing());
    }

    private Optional<PaymentResult> apply(Payment current, PaymentOutcome outcome, OnCommit<Payment> onCommit) {
        return switch (outcome) {
            case PaymentOutcome.Refused refused -> Optional.of(new PaymentResult.Refused(refused.reason()));
            case PaymentOutcome.Unchanged unchanged -> Optional.of(new PaymentResult.Ok(unchanged.payment()));
            case PaymentOutcome.Changed changed -> switch (payments.update(changed.payment())) {
                case STALE -> Optional.empty();
                case UPDATED -> {
                    ledger.record(changed.entries());
                    outbox.record(changed.events());
                    Payment stored = payments.byId(current.id()).orElseThrow();
                    onCommit.committing(stored);
                    yield Optional.of(new PaymentResult.Ok(stored));
                }
            };
        };
    }
}
