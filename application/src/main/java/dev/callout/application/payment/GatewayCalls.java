package dev.callout.application.payment;

import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.domain.payment.CheckoutSession;
import dev.callout.domain.payment.GatewayCall;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.Refund;
import dev.callout.domain.payment.RefundStatus;
import java.util.Optional;

/**
 * Makes the gateway calls a committed change asked for, outside any transaction, and records
 * each answer in a transaction of its own. Keys derive from the payment and refund ids, so a
 * repeat (a retry, a second node, the sweeper after a crash) is the same request to the gateway.
 */
final class GatewayCalls {

    private static final int MAX_STEPS = 6;

    private final Payments payments;
    private final PaymentGateway gateway;
    private final PaymentChanges changes;

    GatewayCalls(Payments payments, PaymentGateway gateway, PaymentChanges changes) {
        this.payments = payments;
        this.gateway = gateway;
        this.changes = changes;
    }

    /** Works through the payment's pending calls; the result says where it ended. */
    PaymentResult settle(PaymentId id) {
        PaymentResult last = null;
        for (int step = 0; step < MAX_STEPS; step++) {
            Optional<Payment> current = payments.byId(id);
            if (current.isEmpty()) {
                return new PaymentResult.NotFound();
            }
            if (!current.get().awaitsGateway()) {
                // another settler (the relay, a retry) may have finished first: answer with what is stored now
                return last == null || last instanceof PaymentResult.Conflict ? new PaymentResult.Ok(current.get()) : last;
            }
            Payment payment = current.get();
            last = payment.pendingCall() == GatewayCall.CHECKOUT ? checkout(payment)
                    : payment.pendingCall() == GatewayCall.EXPIRE ? expire(payment)
                    : payment.pendingCall() != null ? call(payment, payment.pendingCall())
                    : refund(payment, payment.unsentRefunds().getFirst());
            if (last instanceof PaymentResult.GatewayUnavailable || last instanceof PaymentResult.NotFound) {
                return last;
            }
            // a Conflict means another settler recorded first: read the payment again and carry on from there
        }
        return last;
    }

    private PaymentResult call(Payment payment, GatewayCall call) {
        String key = call.idempotencyKey(payment.id());
        GatewayResult<IntentSnapshot> answer = switch (call) {
            case CREATE -> gateway.createIntent(NewIntent.of(payment, key));
            case CHECKOUT, EXPIRE -> throw new IllegalArgumentException("a hosted page is no intent call: " + call);
            case CAPTURE -> gateway.capture(payment.intentId(), key);
            case CANCEL -> gateway.cancel(payment.intentId(), key);
        };
        if (answer instanceof GatewayResult.Rejected<IntentSnapshot> && payment.intentId() != null) {
            // e.g. captured or cancelled already (a webhook, the dashboard): what is the intent now?
            GatewayResult<IntentSnapshot> now = gateway.retrieve(payment.intentId());
            if (now instanceof GatewayResult.Done<IntentSnapshot>) {
                answer = now;
            }
        }
        return switch (answer) {
            case GatewayResult.Done<IntentSnapshot> done -> changes.run(payment.id(), (p, at) -> p.observe(done.value(), call, at));
            case GatewayResult.Declined<IntentSnapshot> declined -> declined(payment.id(), changes.run(payment.id(),
                    (p, at) -> p.failed(declined.code(), declined.message(), call, at)), declined.code(), declined.message());
            case GatewayResult.Rejected<IntentSnapshot> rejected -> changes.run(payment.id(),
                    (p, at) -> p.failed(rejected.code(), rejected.message(), call, at));
            case GatewayResult.Unavailable<IntentSnapshot> unavailable -> new PaymentResult.GatewayUnavailable(payment);
        };
    }

    private PaymentResult checkout(Payment payment) {
        NewIntent intent = NewIntent.of(payment, GatewayCall.CHECKOUT.idempotencyKey(payment.id()));
        return switch (gateway.createCheckout(intent, payment.createdAt())) {
            case GatewayResult.Done<CheckoutSession> done -> changes.run(payment.id(), (p, at) -> p.checkoutOpened(done.value(), at));
            case GatewayResult.Declined<CheckoutSession> declined -> changes.run(payment.id(),
                    (p, at) -> p.failed(declined.code(), declined.message(), GatewayCall.CHECKOUT, at));
            case GatewayResult.Rejected<CheckoutSession> rejected -> changes.run(payment.id(),
                    (p, at) -> p.failed(rejected.code(), rejected.message(), GatewayCall.CHECKOUT, at));
            case GatewayResult.Unavailable<CheckoutSession> unavailable -> new PaymentResult.GatewayUnavailable(payment);
        };
    }

    /** Refused, the page was paid or expired meanwhile: its webhook tells which, and a paid page's intent is cancelled. */
    private PaymentResult expire(Payment payment) {
        String sessionId = payment.checkout().id();
        return switch (gateway.expireCheckout(sessionId, GatewayCall.EXPIRE.idempotencyKey(payment.id()))) {
            case GatewayResult.Done<String> done -> changes.run(payment.id(), (p, at) -> p.checkoutExpired(sessionId, at));
            case GatewayResult.Declined<String> declined -> changes.run(payment.id(),
                    (p, at) -> p.failed(declined.code(), declined.message(), GatewayCall.EXPIRE, at));
            case GatewayResult.Rejected<String> rejected -> changes.run(payment.id(),
                    (p, at) -> p.failed(rejected.code(), rejected.message(), GatewayCall.EXPIRE, at));
            case GatewayResult.Unavailable<String> unavailable -> new PaymentResult.GatewayUnavailable(payment);
        };
    }

    private PaymentResult refund(Payment payment, Refund refund) {
        GatewayResult<RefundState> answer = gateway.refund(new NewRefund(refund.idempotencyKey(), payment.intentId(),
                refund.amount(), refund.reason(), payment.payoutAccount() != null));
        return switch (answer) {
            case GatewayResult.Done<RefundState> done -> changes.run(payment.id(),
                    (p, at) -> p.refundAnswered(refund.id(), done.value().refundId(), done.value().status(), at));
            case GatewayResult.Declined<RefundState> declined -> changes.run(payment.id(),
                    (p, at) -> p.refundAnswered(refund.id(), null, RefundStatus.FAILED, at));
            case GatewayResult.Rejected<RefundState> rejected -> changes.run(payment.id(),
                    (p, at) -> p.refundAnswered(refund.id(), null, RefundStatus.FAILED, at));
            case GatewayResult.Unavailable<RefundState> unavailable -> new PaymentResult.GatewayUnavailable(payment);
        };
    }

    private static PaymentResult declined(PaymentId id, PaymentResult recorded, String code, String message) {
        return recorded instanceof PaymentResult.Ok ok ? new PaymentResult.Declined(ok.payment(), code, message) : recorded;
    }
}
