package dev.callout.application.development;

import dev.callout.application.payment.ConnectedAccount;
import dev.callout.application.payment.GatewayResult;
import dev.callout.application.payment.NewIntent;
import dev.callout.application.payment.NewRefund;
import dev.callout.application.payment.RefundState;
import dev.callout.application.port.PaymentGateway;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.CheckoutSession;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.RefundStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A payment gateway with Stripe's behaviour and no network: intents held (manual capture) or
 * captured at once, captured, cancelled and refunded, with Stripe's refusals (capturing twice,
 * refunding more than captured) and idempotency keys (a repeated key returns the first answer).
 * With {@code customerConfirmsAtOnce} an intent is confirmed by the customer as it is created, as
 * with a test card; without it, it waits for {@link #confirm}. A hosted page (a checkout session)
 * waits for its customer to pay there ({@link #payCheckout}) or leave it to expire ({@link #checkoutRunsOut});
 * paying makes its intent, confirmed as above. Every well-formed connected
 * account exists and can receive transfers unless a test says otherwise. Tests can make it
 * unavailable or make it decline cards.
 */
public final class SimulatedPaymentGateway implements PaymentGateway {

    private static final class Intent {
        final String id;
        final String clientSecret;
        final Money amount;
        final boolean manualCapture;
        final String destination;
        final Money applicationFee;
        IntentStatus status = IntentStatus.AWAITING_CUSTOMER;
        Money received;
        Money refunded;

        Intent(String id, String clientSecret, Money amount, boolean manualCapture, String destination, Money applicationFee) {
            this.id = id;
            this.clientSecret = clientSecret;
            this.amount = amount;
            this.manualCapture = manualCapture;
            this.destination = destination;
            this.applicationFee = applicationFee;
            this.received = Money.zero(amount.currency());
            this.refunded = Money.zero(amount.currency());
        }

        IntentSnapshot snapshot() {
            return new IntentSnapshot(id, clientSecret, status, received);
        }
    }

    /** A write the gateway received: the operation, the intent and the idempotency key. */
    public record Call(String operation, String intentId, String idempotencyKey) {
    }

    private final Set<PaymentMethod> supported;
    private final boolean customerConfirmsAtOnce;
    private final String idPrefix;
    private final SimulatedCheckouts checkouts;
    private final Map<String, Intent> intents = new HashMap<>();
    private final Map<String, GatewayResult<?>> answersByKey = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final Set<String> missingAccounts = new HashSet<>();
    private final Set<String> restrictedAccounts = new HashSet<>();
    private long sequence;
    private int unavailableCalls;
    private String declineCode;

    public SimulatedPaymentGateway(boolean customerConfirmsAtOnce) {
        this(Set.of(PaymentMethod.CARD), customerConfirmsAtOnce, "mem");
    }

    public SimulatedPaymentGateway(Set<PaymentMethod> supported, boolean customerConfirmsAtOnce, String idPrefix) {
        this(supported, customerConfirmsAtOnce, idPrefix, "https://checkout.invalid/", Duration.ofHours(1));
    }

    /** {@code pageUrl}: where the hosted pages are, each at its session id; each lasts {@code checkoutLifetime}. */
    public SimulatedPaymentGateway(Set<PaymentMethod> supported, boolean customerConfirmsAtOnce, String idPrefix, String pageUrl,
                                   Duration checkoutLifetime) {
        this.supported = Set.copyOf(supported);
        this.customerConfirmsAtOnce = customerConfirmsAtOnce;
        this.idPrefix = idPrefix;
        this.checkouts = new SimulatedCheckouts(idPrefix, pageUrl, checkoutLifetime);
    }

    @Override
    public boolean supports(PaymentMethod method) {
        return supported.contains(method);
    }

    @Override
    public synchronized GatewayResult<IntentSnapshot> createIntent(NewIntent request) {
        return keyed("create", null, request.idempotencyKey(), () -> {
            if (!supports(request.method())) {
                return new GatewayResult.Rejected<>("payment_method_unsupported", request.method().wireName() + " is not supported");
            }
            Intent intent = newIntent(request);
            if (customerConfirmsAtOnce) {
                GatewayResult<IntentSnapshot> confirmed = confirmIntent(intent);
                if (!(confirmed instanceof GatewayResult.Done<IntentSnapshot>)) {
                    return confirmed;
                }
            }
            return new GatewayResult.Done<>(intent.snapshot());
        });
    }

    private Intent newIntent(NewIntent request) {
        String id = "pi_" + idPrefix + "_" + (++sequence);
        Intent intent = new Intent(id, id + "_secret_" + sequence, request.amount(), request.manualCapture(),
                request.destinationAccount(), request.applicationFee());
        intents.put(id, intent);
        return intent;
    }

    @Override
    public synchronized GatewayResult<CheckoutSession> createCheckout(NewIntent request, Instant openedAt) {
        return keyed("checkout", null, request.idempotencyKey(), () -> request.method() != PaymentMethod.CARD
                || !supports(request.method())
                ? new GatewayResult.Rejected<>("payment_method_unsupported", "a hosted page takes cards only")
                : new GatewayResult.Done<>(checkouts.open(request, openedAt)));
    }

    @Override
    public synchronized GatewayResult<String> expireCheckout(String sessionId, String idempotencyKey) {
        return keyed("expire", null, idempotencyKey, () -> checkouts.expire(sessionId) ? new GatewayResult.Done<>(sessionId)
                : new GatewayResult.Rejected<>("checkout_session_not_open", "the payment page " + sessionId + " is not open"));
    }

    /**
     * The customer pays on the open page: its intent is made and confirmed (held with manual capture, else charged).
     * A page already paid or expired, or a declined card, changes nothing.
     */
    public synchronized GatewayResult<IntentSnapshot> payCheckout(String sessionId, Instant now) {
        Optional<NewIntent> request = checkouts.payable(sessionId, now);
        if (request.isEmpty()) {
            return new GatewayResult.Rejected<>("checkout_closed", "the payment page is no longer open");
        }
        if (declineCode != null) {
            return new GatewayResult.Declined<>(declineCode, "Your card was declined.");
        }
        Intent intent = newIntent(request.get());
        checkouts.paid(sessionId, intent.id);
        return confirmIntent(intent);
    }

    /** The open page's time runs out, or its customer leaves it; false when it was not open. */
    public synchronized boolean checkoutRunsOut(String sessionId) {
        return checkouts.expire(sessionId);
    }

    /** The customer confirms the intent (Stripe.js in a real client). */
    public synchronized GatewayResult<IntentSnapshot> confirm(String intentId) {
        Intent intent = intents.get(intentId);
        return intent == null ? new GatewayResult.Rejected<>("resource_missing", "no such intent") : confirmIntent(intent);
    }

    private GatewayResult<IntentSnapshot> confirmIntent(Intent intent) {
        if (declineCode != null) {
            return new GatewayResult.Declined<>(declineCode, "Your card was declined.");
        }
        if (intent.manualCapture) {
            intent.status = IntentStatus.REQUIRES_CAPTURE;
        } else {
            intent.status = IntentStatus.SUCCEEDED;
            intent.received = intent.amount;
        }
        return new GatewayResult.Done<>(intent.snapshot());
    }

    @Override
    public synchronized GatewayResult<IntentSnapshot> capture(String intentId, String idempotencyKey) {
        return keyed("capture", intentId, idempotencyKey, () -> {
            Intent intent = intents.get(intentId);
            if (intent == null) {
                return new GatewayResult.Rejected<>("resource_missing", "no such payment intent: " + intentId);
            }
            if (intent.status != IntentStatus.REQUIRES_CAPTURE) {
                return unexpectedState(intent, "capture");
            }
            intent.status = IntentStatus.SUCCEEDED;
            intent.received = intent.amount;
            return new GatewayResult.Done<>(intent.snapshot());
        });
    }

    @Override
    public synchronized GatewayResult<IntentSnapshot> cancel(String intentId, String idempotencyKey) {
        return keyed("cancel", intentId, idempotencyKey, () -> {
            Intent intent = intents.get(intentId);
            if (intent == null) {
                return new GatewayResult.Rejected<>("resource_missing", "no such payment intent: " + intentId);
            }
            if (intent.status == IntentStatus.SUCCEEDED || intent.status == IntentStatus.CANCELED) {
                return unexpectedState(intent, "cancel");
            }
            intent.status = IntentStatus.CANCELED;
            return new GatewayResult.Done<>(intent.snapshot());
        });
    }

    @Override
    public synchronized GatewayResult<IntentSnapshot> retrieve(String intentId) {
        if (unavailable()) {
            return new GatewayResult.Unavailable<>("gateway unavailable");
        }
        Intent intent = intents.get(intentId);
        return intent == null ? new GatewayResult.Rejected<>("resource_missing", "no such payment intent: " + intentId)
                : new GatewayResult.Done<>(intent.snapshot());
    }

    @Override
    public synchronized GatewayResult<RefundState> refund(NewRefund refund) {
        return keyed("refund", refund.intentId(), refund.idempotencyKey(), () -> {
            Intent intent = intents.get(refund.intentId());
            if (intent == null || intent.status != IntentStatus.SUCCEEDED) {
                return new GatewayResult.Rejected<>("charge_not_captured", "nothing was captured on " + refund.intentId());
            }
            if (refund.amount().compareTo(intent.received.minus(intent.refunded)) > 0) {
                return new GatewayResult.Rejected<>("amount_too_large", "refund is more than what is left on the charge");
            }
            intent.refunded = intent.refunded.plus(refund.amount());
            return new GatewayResult.Done<>(new RefundState("re_" + idPrefix + "_" + (++sequence), RefundStatus.SUCCEEDED));
        });
    }

    @Override
    public synchronized GatewayResult<ConnectedAccount> connectedAccount(String accountId) {
        if (unavailable()) {
            return new GatewayResult.Unavailable<>("gateway unavailable");
        }
        if (missingAccounts.contains(accountId)) {
            return new GatewayResult.Rejected<>("resource_missing", "no such account: " + accountId);
        }
        return new GatewayResult.Done<>(new ConnectedAccount(accountId, !restrictedAccounts.contains(accountId)));
    }

    // ---- for tests and the offline mode

    /** The gateway knows no connected account with this id. */
    public synchronized void forgetAccount(String accountId) {
        missingAccounts.add(accountId);
    }

    /** The connected account exists but may not receive transfers (onboarding unfinished). */
    public synchronized void restrictAccount(String accountId) {
        restrictedAccounts.add(accountId);
    }

    /** The next {@code count} calls get no answer. */
    public synchronized void becomeUnavailableFor(int count) {
        unavailableCalls = count;
    }

    /** Confirmations are declined with this code (null: accepted again). */
    public synchronized void declineCards(String code) {
        declineCode = code;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized Money refundedOn(String intentId) {
        return intents.get(intentId).refunded;
    }

    public synchronized String destinationOf(String intentId) {
        return intents.get(intentId).destination;
    }

    public synchronized Money applicationFeeOf(String intentId) {
        return intents.get(intentId).applicationFee;
    }

    private boolean unavailable() {
        if (unavailableCalls > 0) {
            unavailableCalls--;
            return true;
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private <T> GatewayResult<T> keyed(String operation, String intentId, String key, java.util.function.Supplier<GatewayResult<T>> work) {
        calls.add(new Call(operation, intentId, key));
        if (unavailable()) {
            return new GatewayResult.Unavailable<>("gateway unavailable");
        }
        GatewayResult<?> earlier = answersByKey.get(key);
        if (earlier != null) {
            return (GatewayResult<T>) earlier;
        }
        GatewayResult<T> answer = work.get();
        answersByKey.put(key, answer);
        return answer;
    }

    private static <T> GatewayResult<T> unexpectedState(Intent intent, String operation) {
        return new GatewayResult.Rejected<>("payment_intent_unexpected_state",
                "cannot " + operation + " a payment intent whose status is " + intent.status);
    }
}
