package dev.callout.application.port;

import dev.callout.application.payment.ConnectedAccount;
import dev.callout.application.payment.GatewayResult;
import dev.callout.application.payment.NewIntent;
import dev.callout.application.payment.NewRefund;
import dev.callout.application.payment.RefundState;
import dev.callout.domain.payment.CheckoutSession;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.PaymentMethod;
import java.time.Instant;

/**
 * A payment processor with Stripe's model: payment intents captured at once or held (manual
 * capture) and captured or cancelled later, refunds, and the providers' connected accounts that
 * charges pay out to. Every write carries an idempotency key; the same key with the same request
 * gives the same answer, so callers retry with it freely.
 * Expected refusals (a declined card, an invalid request) are results, not exceptions.
 */
public interface PaymentGateway {

    boolean supports(PaymentMethod method);

    GatewayResult<IntentSnapshot> createIntent(NewIntent intent);

    /**
     * The gateway's hosted payment page for {@code intent} (a Stripe Checkout Session): the customer pays there, and the
     * intent, with the same capture, destination, fee and metadata, exists only once they have. The page lasts the
     * gateway's configured lifetime from {@code openedAt} (the payment's opening), so a repeat is the same request.
     */
    GatewayResult<CheckoutSession> createCheckout(NewIntent intent, Instant openedAt);

    /**
     * Closes the open hosted page {@code sessionId} unpaid (Stripe expires the Checkout Session), so nobody pays for a
     * job that is gone; done, the answer is the session's id. {@code Rejected} when the page is no longer open: paid
     * (its intent is then the one to cancel) or expired.
     */
    GatewayResult<String> expireCheckout(String sessionId, String idempotencyKey);

    GatewayResult<IntentSnapshot> capture(String intentId, String idempotencyKey);

    GatewayResult<IntentSnapshot> cancel(String intentId, String idempotencyKey);

    GatewayResult<IntentSnapshot> retrieve(String intentId);

    GatewayResult<RefundState> refund(NewRefund refund);

    /**
     * The platform's connected account with this id, if the gateway has one: {@code Rejected} when it
     * has none (or none the platform may use), {@code Unavailable} when it did not answer.
     */
    GatewayResult<ConnectedAccount> connectedAccount(String accountId);
}
