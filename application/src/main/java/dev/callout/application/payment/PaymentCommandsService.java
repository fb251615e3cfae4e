package dev.callout.application.payment;

import dev.callout.application.port.Ledger;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Transactions;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentOutcome;
import dev.callout.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * Release, cash confirmation and reconciliation: a party's command on a payment they can see, then any
 * gateway call it asked for.
 */
public final class PaymentCommandsService implements ReleasePaymentUseCase, ConfirmCashUseCase, ReconcilePaymentUseCase {

    private final Payments payments;
    private final PaymentGateway gateway;
    private final PaymentChanges changes;
    private final GatewayCalls calls;

    public PaymentCommandsService(Payments payments, Ledger ledger, PaymentGateway gateway, Outbox outbox,
                                  Transactions transactions, Clock clock) {
        this.payments = payments;
        this.gateway = gateway;
        this.changes = new PaymentChanges(payments, ledger, outbox, transactions, clock);
        this.calls = new GatewayCalls(payments, gateway, changes);
    }

    @Override
    public PaymentResult release(Actor actor, PaymentId paymentId) {
        AtomicBoolean releasedBefore = new AtomicBoolean();
        PaymentResult result = run(actor, paymentId, (payment, now) -> {
            releasedBefore.set(payment.customerReleased());
            return payment.release(actor, now);
        });
        return releasedBefore.get() && result instanceof PaymentResult.Ok ok ? new PaymentResult.AlreadyReleased(ok.payment())
                : result;
    }

    @Override
    public PaymentResult confirm(Actor actor, PaymentId paymentId) {
        return run(actor, paymentId, (payment, now) -> payment.confirmCash(actor, now));
    }

    @Override
    public PaymentResult reconcile(Actor actor, String intentId) {
        Objects.requireNonNull(actor, "actor");
        Optional<Payment> payment = intentId == null ? Optional.empty()
                : payments.byIntentId(intentId).filter(found -> found.isVisibleTo(actor));
        if (payment.isEmpty()) {
            return new PaymentResult.NotFound();
        }
        PaymentId id = payment.get().id();
        return switch (gateway.retrieve(intentId)) {
            case GatewayResult.Done<IntentSnapshot> done -> settled(changes.run(id, (p, now) -> p.observe(done.value(), null, now)));
            case GatewayResult.Unavailable<IntentSnapshot> unavailable -> new PaymentResult.GatewayUnavailable(payment.get());
            // the gateway knows nothing more than we do: the payment stays as it is
            case GatewayResult.Declined<IntentSnapshot> declined -> new PaymentResult.Ok(payment.get());
            case GatewayResult.Rejected<IntentSnapshot> rejected -> new PaymentResult.Ok(payment.get());
        };
    }

    private PaymentResult run(Actor actor, PaymentId id, BiFunction<Payment, Instant, PaymentOutcome> command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        if (payments.byId(id).filter(payment -> payment.isVisibleTo(actor)).isEmpty()) {
            return new PaymentResult.NotFound();
        }
        return settled(changes.run(id, command));
    }

    /** Makes any gateway call the change asked for. */
    private PaymentResult settled(PaymentResult result) {
        if (result instanceof PaymentResult.Ok ok && ok.payment().awaitsGateway()) {
            return calls.settle(ok.payment().id());
        }
        return result;
    }
}
