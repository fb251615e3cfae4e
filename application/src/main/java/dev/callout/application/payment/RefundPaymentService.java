package dev.callout.application.payment;

import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.port.Ledger;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Transactions;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.RefundId;
import java.time.Clock;
import java.util.Optional;

public final class RefundPaymentService implements RefundPaymentUseCase {

    private final Payments payments;
    private final PaymentChanges changes;
    private final GatewayCalls calls;
    private final IdGenerator ids;

    public RefundPaymentService(Payments payments, Ledger ledger, PaymentGateway gateway, Outbox outbox,
                                Transactions transactions, Clock clock, IdGenerator ids) {
        this.payments = payments;
        this.changes = new PaymentChanges(payments, ledger, outbox, transactions, clock);
        this.calls = new GatewayCalls(payments, gateway, changes);
        this.ids = ids;
    }

    @Override
    public RefundResult refund(RefundPaymentCommand command, OnCommit<RefundResult> onCommit) {
        RefundId refundId = RefundId.next(ids);
        Optional<Payment> found = payments.byId(command.paymentId()).filter(p -> p.isVisibleTo(command.actor()));
        if (found.isEmpty()) {
            return new RefundResult(new PaymentResult.NotFound(), refundId);
        }
        Money amount = null;
        if (command.amount() != null) {
            PaymentInputs.Result read = PaymentInputs.money(command.amount(), found.get().amount().currency(), "amount");
            if (read.money() == null) {
                return new RefundResult(new PaymentResult.Invalid(read.problems()), refundId);
            }
            amount = read.money();
        }
        Money requested = amount;
        PaymentResult result = changes.run(command.paymentId(), (payment, now) -> payment.refund(refundId,
                requested == null ? payment.refundable() : requested, command.reason(), command.actor(), now),
                recorded -> onCommit.committing(new RefundResult(PaymentResult.recorded(recorded), refundId)));
        if (result instanceof PaymentResult.Ok ok && ok.payment().awaitsGateway()) {
            result = calls.settle(command.paymentId());
        }
        return new RefundResult(result, refundId);
    }
}
