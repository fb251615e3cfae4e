package dev.callout.application.payment;

import dev.callout.application.port.Ledger;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Transactions;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentOutcome;
import dev.callout.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;

/** Release and cash confirmation: a party's command on a payment they can see, then any gateway call it asked for. */
public final class PaymentCommandsService implements ReleasePaymentUseCase, ConfirmCashUseCase {

    private final Payments payments;
    private final PaymentChanges changes;
    private final GatewayCalls calls;

    public PaymentCommandsService(Payments payments, Ledger ledger, PaymentGateway gateway, Outbox outbox,
                                  Transactions transactions, Clock clock) {
        this.payments = payments;
        this.changes = new PaymentChanges(payments, ledger, outbox, transactions, clock);
        this.calls = new GatewayCalls(payments, gateway, changes);
    }

    @Override
    public PaymentResult release(Actor actor, PaymentId paymentId) {
        return run(actor, paymentId, (payment, now) -> payment.release(actor, now));
    }

    @Override
    public PaymentResult confirm(Actor actor, PaymentId paymentId) {
        return run(actor, paymentId, (payment, now) -> payment.confirmCash(actor, now));
    }

    private PaymentResult run(Actor actor, PaymentId id, BiFunction<Payment, Instant, PaymentOutcome> command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        if (payments.byId(id).filter(payment -> payment.isVisibleTo(actor)).isEmpty()) {
            return new PaymentResult.NotFound();
        }
        PaymentResult result = changes.run(id, command);
        if (result instanceof PaymentResult.Ok ok && ok.payment().awaitsGateway()) {
            return calls.settle(id);
        }
        return result;
    }
}
