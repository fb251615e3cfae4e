package dev.callout.payment;

import com.google.gson.JsonObject;
import com.stripe.net.Webhook;
import dev.callout.application.development.SimulatedPaymentGateway;
import dev.callout.application.payment.ConnectedAccount;
import dev.callout.application.payment.GatewayResult;
import dev.callout.application.payment.NewIntent;
import dev.callout.application.payment.NewRefund;
import dev.callout.application.payment.RefundState;
import dev.callout.application.port.OfflineCheckout;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.domain.payment.CheckoutSession;
import dev.callout.domain.payment.HoldPlan;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentStatus;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway when no Stripe key is configured, so Callout runs without internet: Stripe's
 * behaviour (holds, captures, cancellations, refunds, refusals, idempotency keys; the same
 * contract tests as the Stripe adapter) with no money moving; every connected account exists. The customer's card is taken as
 * confirmed when the intent is created, as with Stripe's test card. Its hosted payment pages are Callout's own
 * ({@link OfflineCheckout#PAGES}{@code <session id>}): paying or leaving one answers the webhook Stripe would send, signed with
 * the offline webhook secret. A page is read from the payment that keeps it, so it outlives a restart and opens on any
 * node; intents live in memory and do not survive a restart (the payments and ledger, in the database, do), and the
 * ids of each run are its own.
 */
public final class OfflinePaymentGateway implements PaymentGateway, OfflineCheckout {

    private static final System.Logger LOG = System.getLogger(OfflinePaymentGateway.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Ids carry this run's own tag: they count from 1 again after a restart and must not repeat ones already stored. */
    private final String tag = "offline" + Long.toString(RANDOM.nextLong(1L << 40, 1L << 41), 36);
    private final SimulatedPaymentGateway simulated;
    private final String webhookSecret;
    private final Clock clock;
    private final Payments payments;

    /**
     * {@code webhookSecret}: the one the webhook route verifies with, so the pages' events are applied as Stripe's;
     * {@code payments}: where each page's payment keeps it, so a page outlives a restart and opens on any node.
     */
    public OfflinePaymentGateway(CheckoutPages pages, String webhookSecret, Clock clock, Payments payments) {
        this.simulated = new SimulatedPaymentGateway(Set.of(PaymentMethod.CARD), true, tag, PAGES, pages.lifetime());
        this.payments = Objects.requireNonNull(payments, "payments");
        this.webhookSecret = Objects.requireNonNull(webhookSecret, "webhookSecret");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean supports(PaymentMethod method) {
        return simulated.supports(method);
    }

    @Override
    public GatewayResult<IntentSnapshot> createIntent(NewIntent intent) {
        return logged("create " + intent.amount() + (intent.manualCapture() ? " (hold)" : ""), simulated.createIntent(intent));
    }

    @Override
    public GatewayResult<CheckoutSession> createCheckout(NewIntent intent, Instant openedAt) {
        return logged("hosted page for " + intent.amount(), simulated.createCheckout(intent, openedAt));
    }

    /** Refused once the page was paid; the payment's own cancellation already closed it to its customer. */
    @Override
    public GatewayResult<String> expireCheckout(String sessionId, String idempotencyKey) {
        Optional<Payment> found = payments.byCheckoutSession(sessionId);
        GatewayResult<String> answer = found.isEmpty() ? new GatewayResult.Rejected<>("resource_missing", "no such page " + sessionId)
                : found.get().intentId() != null ? new GatewayResult.Rejected<>("checkout_session_not_open", "the page was paid")
                : new GatewayResult.Done<>(sessionId);
        return logged("expire hosted page " + sessionId, answer);
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

    /** The page as its payment keeps it: open while the payment waits for it and the job is not gone. */
    @Override
    public Optional<Page> page(String sessionId) {
        return payments.byCheckoutSession(sessionId).map(payment -> new Page(payment.checkout(), payment.amount(),
                payable(payment) && clock.instant().isBefore(payment.checkout().expiresAt())));
    }

    private static boolean payable(Payment payment) {
        return payment.status() == PaymentStatus.PENDING && payment.intentId() == null && !payment.cancelRequested();
    }

    /** A page whose time ran out expires instead, as Stripe's would have by then. */
    @Override
    public Optional<SignedEvent> pay(String sessionId) {
        Optional<Payment> found = payments.byCheckoutSession(sessionId).filter(OfflinePaymentGateway::payable);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Payment payment = found.get();
        if (!clock.instant().isBefore(payment.checkout().expiresAt())) {
            return leave(sessionId);
        }
        // keyed by the page: paying it again on this node is the same intent
        if (!(simulated.createIntent(NewIntent.of(payment, "offline-" + sessionId)) instanceof GatewayResult.Done<IntentSnapshot> paid)) {
            return Optional.empty();
        }
        JsonObject session = session(payment);
        session.addProperty("status", "complete");
        session.addProperty("payment_status", payment.plan() == HoldPlan.AUTHORISE ? "unpaid" : "paid");
        session.addProperty("payment_intent", paid.value().intentId());
        LOG.log(System.Logger.Level.INFO, "offline payment gateway (no money moves): hosted page " + sessionId + " paid");
        return Optional.of(signed("checkout.session.completed", session));
    }

    @Override
    public Optional<SignedEvent> leave(String sessionId) {
        Optional<Payment> found = payments.byCheckoutSession(sessionId).filter(OfflinePaymentGateway::payable);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonObject session = session(found.get());
        session.addProperty("status", "expired");
        session.addProperty("payment_status", "unpaid");
        LOG.log(System.Logger.Level.INFO, "offline payment gateway (no money moves): hosted page " + sessionId + " expired");
        return Optional.of(signed("checkout.session.expired", session));
    }

    /** The session as Stripe's events carry it, with the fields Callout reads. */
    private static JsonObject session(Payment payment) {
        JsonObject session = new JsonObject();
        session.addProperty("id", payment.checkout().id());
        session.addProperty("object", "checkout.session");
        session.addProperty("amount_total", payment.amount().minor());
        session.addProperty("currency", StripeIntents.currency(payment.amount()));
        session.addProperty("expires_at", payment.checkout().expiresAt().getEpochSecond());
        session.addProperty("url", payment.checkout().url());
        JsonObject metadata = new JsonObject();
        metadata.addProperty(StripeIntents.PAYMENT_ID, payment.id().value());
        metadata.addProperty(StripeIntents.JOB_ID, payment.jobId().value());
        session.add("metadata", metadata);
        return session;
    }

    private SignedEvent signed(String type, JsonObject object) {
        JsonObject event = new JsonObject();
        event.addProperty("id", "evt_" + tag + "_" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36));
        event.addProperty("object", "event");
        event.addProperty("type", type);
        long now = clock.instant().getEpochSecond();
        event.addProperty("created", now);
        JsonObject data = new JsonObject();
        data.add("object", object);
        event.add("data", data);
        String payload = event.toString();
        try {
            return new SignedEvent(type, payload, "t=" + now + ",v1=" + Webhook.Util.computeHmacSha256(webhookSecret, now + "." + payload));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available to sign the offline gateway's events", e);
        }
    }

    private static <T> GatewayResult<T> logged(String what, GatewayResult<T> result) {
        LOG.log(System.Logger.Level.INFO, "offline payment gateway (no money moves): " + what + " -> " + result);
        return result;
    }
}
