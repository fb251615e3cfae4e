package dev.callout.payment;

import dev.callout.application.development.SimulatedPaymentGateway;
import dev.callout.application.payment.ConnectedAccount;
import dev.callout.application.payment.GatewayResult;
import dev.callout.application.payment.NewIntent;
import dev.callout.application.payment.NewRefund;
import dev.callout.application.payment.RefundState;
import dev.callout.application.port.PaymentGateway;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.PaymentMethod;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The gateway when no Stripe key is configured, so Callout runs without internet: Stripe's
 * behaviour (holds, captures, cancellations, refunds, refusals, idempotency keys; the same
 * contract tests as the Stripe adapter) with no money moving; every connected account exists. The customer's card is taken as
 * confirmed when the intent is created, as with Stripe's test card. State lives in memory:
 * intents do not survive a restart (the payments and ledger, in the database, do), and the ids
 * of each run are its own.
 */
public final class OfflinePaymentGateway implements PaymentGateway {

    private static final System.Logger LOG = System.getLogger(OfflinePaymentGateway.class.getName());

    /** Ids carry this run's own tag: they count from 1 again after a restart and must not repeat ones already stored. */
    private final SimulatedPaymentGateway simulated = new SimulatedPaymentGateway(Set.of(PaymentMethod.CARD), true,
            "offline" + Long.toString(new SecureRandom().nextLong(1L << 40, 1L << 41), 36));

    @Override
    public boolean supports(PaymentMethod method) {
        return simulated.supports(method);
    }

    @Override
    public GatewayResult<IntentSnapshot> createIntent(NewIntent intent) {
        return logged("create " + intent.amount() + (intent.manualCapture() ? " (hold)" : ""), simulated.createIntent(intent));
    }

    @Override
    public GatewayResult<IntentSnapshot> capture(String intentId, String idempotencyKey) {
        return logged("capture " + intentId, simulated.capture(intentId, idempotencyKey));
    }

    @Override
    public GatewayResult<IntentSnapshot> cancel(String intentId, String idempotencyKey) {
        return logged("cancel " + intentId, simulated.cancel(intentId, idempotencyKey));
    }

    @Override
    public GatewayResult<IntentSnapshot> retrieve(String intentId) {
        return simulated.retrieve(intentId);
    }

    @Override
    public GatewayResult<RefundState> refund(NewRefund refund) {
        return logged("refund " + refund.amount() + " on " + refund.intentId(), simulated.refund(refund));
    }

    /** Any well-formed id: there is no Stripe to ask. */
    @Override
    public GatewayResult<ConnectedAccount> connectedAccount(String accountId) {
        return logged("connected account " + accountId, simulated.connectedAccount(accountId));
    }

    private static <T> GatewayResult<T> logged(String what, GatewayResult<T> result) {
        LOG.log(System.Logger.Level.INFO, "offline payment gateway (no money moves): " + what + " -> " + result);
        return result;
    }
}
