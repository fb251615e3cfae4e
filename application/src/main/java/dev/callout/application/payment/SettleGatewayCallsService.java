package dev.callout.application.payment;

import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.payment.PaymentId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

public final class SettleGatewayCallsService implements SettleGatewayCallsUseCase {

    private final Payments payments;
    private final GatewayCalls calls;
    private final Clock clock;

    public SettleGatewayCallsService(Payments payments, Ledger ledger, PaymentGateway gateway, Outbox outbox,
                                     Transactions transactions, Clock clock) {
        this.payments = payments;
        this.calls = new GatewayCalls(payments, gateway, new PaymentChanges(payments, ledger, outbox, transactions, clock));
        this.clock = clock;
    }

    @Override
    public int settlePending(Duration olderThan, int limit) {
        List<PaymentId> waiting = payments.awaitingGateway(clock.instant().minus(olderThan), limit);
        waiting.forEach(calls::settle);
        return waiting.size();
    }
}
