package dev.callout.application.payment;

import dev.callout.application.TransitionRunner;
import dev.callout.application.port.GatewayEvents.Verification;
import dev.callout.application.port.GatewayEvents;
import dev.callout.application.port.Ledger;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.application.port.ProcessedWebhooks;
import dev.callout.application.port.Transactions;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentOutcome;
import dev.callout.domain.payment.RefundId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies a verified gateway event in one transaction with the record that it was handled, so a
 * redelivery (even a concurrent one) finds it handled and does nothing. Each event carries the
 * gateway's state, and the payment only moves forward, so the order of arrival does not matter.
 * An event that cannot be true of its payment is recorded as ignored, with the reason, and logged.
 */
public final class HandleGatewayEventService implements HandleGatewayEventUseCase {

    private static final System.Logger LOG = System.getLogger("callout.payments");

    private final GatewayEvents events;
    private final ProcessedWebhooks processed;
    private final Payments payments;
    private final PaymentChanges changes;
    private final GatewayCalls calls;
    private final TransitionRunner runner;
    private final Clock clock;
    private final IdGenerator ids;

    public HandleGatewayEventService(GatewayEvents events, ProcessedWebhooks processed, Payments payments, Ledger ledger,
                                     PaymentGateway gateway, Outbox outbox, Transactions transactions, Clock clock,
                                     IdGenerator ids) {
        this.events = events;
        this.processed = processed;
        this.payments = payments;
        this.changes = new PaymentChanges(payments, ledger, outbox, transactions, clock);
        this.calls = new GatewayCalls(payments, gateway, changes);
        this.runner = new TransitionRunner(transactions);
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public WebhookResult handle(String payload, String signatureHeader) {
        return switch (events.verify(payload, signatureHeader)) {
            case Verification.Refused refused -> new WebhookResult.Refused(refused.reason());
            case Verification.Unreadable unreadable -> new WebhookResult.Unreadable(unreadable.reason());
            case Verification.Verified verified -> handle(verified.event());
        };
    }

    private WebhookResult handle(GatewayEvent event) {
        RefundId unknownRefund = RefundId.next(ids);
        // a lost race rolls the processed mark back too, so the event is decided again
        Applied applied = runner.run(() -> apply(event, unknownRefund)).orElseThrow(() ->
                new IllegalStateException("gateway event " + event.eventId() + " kept losing races to other changes"));
        if (applied.payment() != null && applied.payment().awaitsGateway()) {
            calls.settle(applied.payment().id());
        }
        return applied.result();
    }

    private record Applied(WebhookResult result, Payment payment) {
    }

    private Optional<Applied> apply(GatewayEvent event, RefundId unknownRefund) {
        Instant now = clock.instant();
        Optional<Payment> found = switch (event) {
            case GatewayEvent.IntentChanged changed -> find(changed.intent().intentId(), changed.paymentId());
            case GatewayEvent.IntentFailed failed -> find(failed.intentId(), failed.paymentId());
            case GatewayEvent.CheckoutCompleted completed -> onPage(completed.sessionId(), completed.paymentId());
            case GatewayEvent.CheckoutExpired expired -> onPage(expired.sessionId(), expired.paymentId());
            case GatewayEvent.ChargeRefunded refunded -> find(refunded.intentId(), null);
            case GatewayEvent.DisputeCreated dispute -> find(dispute.intentId(), null);
            case GatewayEvent.Other other -> Optional.empty();
        };
        String ignored = found.isPresent() ? contradiction(found.get(), event) : unknown(event);
        if (!processed.markProcessed(event.eventId(), event.type(), ignored, now)) {
            return Optional.of(new Applied(new WebhookResult.Duplicate(event.eventId()), null));
        }
        if (ignored != null) {
            if (found.isPresent()) {
                LOG.log(System.Logger.Level.WARNING, "gateway event " + event.eventId() + " ignored: " + ignored);
            }
            return Optional.of(new Applied(new WebhookResult.Ignored(event.eventId(), ignored), null));
        }
        Payment payment = found.get();
        PaymentOutcome outcome = switch (event) {
            case GatewayEvent.IntentChanged changed -> payment.observe(changed.intent(), null, now);
            case GatewayEvent.IntentFailed failed -> payment.failed(failed.code(), failed.message(), null, now);
            case GatewayEvent.CheckoutCompleted completed -> payment.observe(completed.intent(), null, now);
            case GatewayEvent.CheckoutExpired expired -> payment.checkoutExpired(expired.sessionId(), now);
            case GatewayEvent.ChargeRefunded refunded -> payment.chargeRefunded(refunded.intentId(),
                    refunded.amountCaptured(), refunded.amountRefunded(), unknownRefund, now);
            case GatewayEvent.DisputeCreated dispute -> payment.disputed(now);
            case GatewayEvent.Other other -> new PaymentOutcome.Unchanged(payment);
        };
        return changes.apply(payment, outcome).map(result -> new Applied(new WebhookResult.Applied(event.eventId()),
                result instanceof PaymentResult.Ok ok ? ok.payment() : payment));
    }

    private static String unknown(GatewayEvent event) {
        return switch (event) {
            case GatewayEvent.Other other -> "Callout does not act on " + other.type() + " events";
            case GatewayEvent.IntentChanged changed -> noPayment(changed.intent().intentId());
            case GatewayEvent.IntentFailed failed -> noPayment(failed.intentId());
            case GatewayEvent.CheckoutCompleted completed -> noPage(completed.sessionId());
            case GatewayEvent.CheckoutExpired expired -> noPage(expired.sessionId());
            case GatewayEvent.ChargeRefunded refunded -> noPayment(refunded.intentId());
            case GatewayEvent.DisputeCreated dispute -> noPayment(dispute.intentId());
        };
    }

    private static String noPage(String sessionId) {
        return "no payment has the checkout session " + sessionId;
    }

    private static String noPayment(String intentId) {
        return intentId == null ? "the event names no payment intent" : "no payment has the intent " + intentId;
    }

    /**
     * Why the event cannot be true of this payment, or null: the gateway's facts are applied only when
     * they fit it (its currency, at most its amount), so a mistaken or hostile event changes nothing.
     */
    private static String contradiction(Payment payment, GatewayEvent event) {
        if (!payment.method().throughGateway()) {
            return "payment " + payment.id().value() + " is not paid through the gateway";
        }
        return switch (event) {
            case GatewayEvent.IntentChanged changed -> beyond(payment, changed.intent().amountReceived(), "received");
            case GatewayEvent.ChargeRefunded refunded -> {
                String problem = beyond(payment, refunded.amountCaptured(), "captured");
                if (problem == null) {
                    problem = beyond(payment, refunded.amountRefunded(), "refunded");
                }
                if (problem == null && refunded.amountRefunded().compareTo(refunded.amountCaptured()) > 0) {
                    problem = "the event reports more refunded (" + refunded.amountRefunded() + ") than captured ("
                            + refunded.amountCaptured() + ")";
                }
                yield problem;
            }
            case GatewayEvent.CheckoutCompleted completed -> payment.intentId() != null
                    && !payment.intentId().equals(completed.intent().intentId())
                    ? "the session's intent " + completed.intent().intentId() + " is not payment " + payment.id().value() + "'s"
                    : beyond(payment, completed.intent().amountReceived(), "received");
            case GatewayEvent.IntentFailed failed -> null;
            case GatewayEvent.CheckoutExpired expired -> null;
            case GatewayEvent.DisputeCreated dispute -> null;
            case GatewayEvent.Other other -> null;
        };
    }

    private static String beyond(Payment payment, Money amount, String what) {
        Money limit = payment.amount();
        if (!amount.sameCurrencyAs(limit)) {
            return "the event's amount " + what + " is in " + amount.currency().getCurrencyCode() + ", payment "
                    + payment.id().value() + " is in " + limit.currency().getCurrencyCode();
        }
        if (amount.isNegative() || amount.compareTo(limit) > 0) {
            return "the event reports " + amount + " " + what + ", outside payment " + payment.id().value() + "'s 0 to " + limit;
        }
        return null;
    }

    /** The payment whose hosted page the session is: named by the session's metadata, and holding that session. */
    private Optional<Payment> onPage(String sessionId, PaymentId paymentId) {
        return paymentId == null ? Optional.empty() : payments.byId(paymentId)
                .filter(p -> p.checkout() != null && p.checkout().id().equals(sessionId));
    }

    private Optional<Payment> find(String intentId, PaymentId paymentId) {
        Optional<Payment> byIntent = intentId == null ? Optional.empty() : payments.byIntentId(intentId);
        if (byIntent.isPresent() || paymentId == null) {
            return byIntent;
        }
        // the webhook can beat the answer to our own create call: the intent's metadata names the payment
        return payments.byId(paymentId).filter(p -> p.intentId() == null || p.intentId().equals(intentId));
    }
}
