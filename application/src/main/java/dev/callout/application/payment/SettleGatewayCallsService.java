package dev.callout.application.payment;

import dev.callout.application.port.Ledger;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Transactions;
import dev.callout.domain.payment.PaymentId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public final class SettleGatewayCallsService implements SettleGatewayCallsUseCase {

    private static final System.Logger LOG = System.getLogger("callout.payments");

    private final Payments payments;
    private final GatewayCalls calls;
    private final Clock clock;
    private final Set<PaymentId> failing = ConcurrentHashMap.newKeySet();

    public SettleGatewayCallsService(Payments payments, Ledger ledger, PaymentGateway gateway, Outbox outbox,
                                     Transactions transactions, Clock clock) {
        this.payments = payments;
        this.calls = new GatewayCalls(payments, gateway, new PaymentChanges(payments, ledger, outbox, transactions, clock));
        this.clock = clock;
    }

    /**
     * Settles each waiting payment on its own: one that throws is skipped until the next round
     * (logged with its cause the first time it fails, then at DEBUG) and the others go on.
     */
    @Override
    public int settlePending(Duration olderThan, int limit) {
        List<PaymentId> waiting = payments.awaitingGateway(clock.instant().minus(olderThan), limit);
        failing.retainAll(waiting);
        for (PaymentId id : waiting) {
            try {
                calls.settle(id);
                failing.remove(id);
            } catch (RuntimeException e) {
                if (failing.add(id)) {
                    LOG.log(System.Logger.Level.WARNING, "settling the gateway calls of " + id.value()
                            + " failed; trying again each round", e);
                } else {
                    LOG.log(System.Logger.Level.DEBUG, () -> "settling " + id.value() + " failed again: " + e);
                }
            }
        }
        return waiting.size();
    }
}
