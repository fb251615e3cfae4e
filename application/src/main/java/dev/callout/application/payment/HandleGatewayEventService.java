package dev.callout.application.payment;

import dev.callout.application.payment.GatewayEvents.Verification;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.id.IdGenerator;
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
 */
public final class HandleGatewayEventService implements HandleGatewayEventUseCase {

    private final GatewayEvents events;
    private final ProcessedWebhooks processed;
    private final Payments payments;
    private final PaymentChanges changes;
    private final GatewayCalls calls;
    private final Transactions transactions;
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
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public WebhookResult handle(String payload, String signatureHeader) {
        return switch (events.verify(payload, signatureHeader)) {
            case Verification.Refused refused -> new WebhookResult.Refused(refused.reason());
            case Verification.Verified verified -> handle(verified.event());
        };
    }

    private WebhookResult handle(GatewayEvent event) {
        RefundId unknownRefund = RefundId.next(ids);
        for (int attempt = 0; attempt < PaymentChanges.ATTEMPTS; attempt++) {
            try {
                Applied applied = transactions.inTransaction(() -> apply(event, unknownRefund));
                if (applied.payment() != null && applied.payment().awaitsGateway()) {
                    calls.settle(applied.payment().id());
                }
                return applied.result();
            } catch (LostRace retry) {
                // the payment changed since it was read: the rollback forgot the event too; decide again
            }
        }
        throw new IllegalStateException("gateway event " + event.eventId() + " kept losing races to other changes");
    }

    private record Applied(WebhookResult result, Payment payment) {
    }

    private Applied apply(GatewayEvent event, RefundId unknownRefund) {
        Instant now = clock.instant();
        if (!processed.markProcessed(event.eventId(), event.type(), now)) {
            return new Applied(new WebhookResult.Duplicate(event.eventId()), null);
        }
        Optional<Payment> found = switch (event) {
            case GatewayEvent.IntentChanged changed -> find(changed.intent().intentId(), changed.paymentId());
            case GatewayEvent.IntentFailed failed -> find(failed.intentId(), failed.paymentId());
            case GatewayEvent.ChargeRefunded refunded -> find(refunded.intentId(), null);
            case GatewayEvent.DisputeCreated dispute -> find(dispute.intentId(), null);
            case GatewayEvent.Other other -> Optional.empty();
        };
        if (found.isEmpty()) {
            return new Applied(new WebhookResult.Ignored(event.eventId()), null);
        }
        Payment payment = found.get();
        PaymentOutcome outcome = switch (event) {
            case GatewayEvent.IntentChanged changed -> payment.observe(changed.intent(), null, now);
            case GatewayEvent.IntentFailed failed -> payment.failed(failed.code(), failed.message(), null, now);
            case GatewayEvent.ChargeRefunded refunded -> payment.chargeRefunded(refunded.intentId(),
                    refunded.amountCaptured(), refunded.amountRefunded(), unknownRefund, now);
            case GatewayEvent.DisputeCreated dispute -> payment.disputed(now);
            case GatewayEvent.Other other -> new PaymentOutcome.Unchanged(payment);
        };
        PaymentResult result = changes.apply(payment, outcome).orElseThrow(LostRace::new);
        Payment after = result instanceof PaymentResult.Ok ok ? ok.payment() : payment;
        return new Applied(new WebhookResult.Applied(event.eventId()), after);
    }

    private Optional<Payment> find(String intentId, PaymentId paymentId) {
        Optional<Payment> byIntent = intentId == null ? Optional.empty() : payments.byIntentId(intentId);
        if (byIntent.isPresent() || paymentId == null) {
            return byIntent;
        }
        // the webhook can beat the answer to our own create call: the intent's metadata names the payment
        return payments.byId(paymentId).filter(p -> p.intentId() == null || p.intentId().equals(intentId));
    }

    /** Rolls the transaction back, the processed mark with it, so the event is decided again. */
    private static final class LostRace extends RuntimeException {
        LostRace() {
            super(null, null, false, false);
        }
    }
}
