package dev.callout.domain.payment;

import dev.callout.domain.money.Money;
import dev.callout.domain.payment.Stage.Authorized;
import dev.callout.domain.payment.Stage.Cancelled;
import dev.callout.domain.payment.Stage.Captured;
import dev.callout.domain.payment.Stage.Failed;
import dev.callout.domain.payment.Stage.Pending;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * A mutable copy of what a change may touch. Built with the time of the last change, a draft
 * that changed nothing is equal to the payment it came from.
 */
final class PaymentDraft {
    private final Payment from;
    private final Instant now;
    private final LedgerPostings postings;
    UserId providerId;
    Stage stage;
    boolean releaseRequested;
    boolean customerReleased;
    boolean cancelRequested;
    boolean disputed;
    GatewayCall pendingCall;
    String intentId;
    String clientSecret;
    CheckoutSession checkout;
    Refunds refunds;

    PaymentDraft(Payment p, Instant now) {
        this.from = p;
        this.now = now;
        this.postings = new LedgerPostings(p, now);
        providerId = p.providerId();
        stage = p.stage();
        releaseRequested = p.releaseRequested();
        customerReleased = p.customerReleased();
        cancelRequested = p.cancelRequested();
        disputed = p.disputed();
        pendingCall = p.pendingCall();
        intentId = p.intentId();
        clientSecret = p.clientSecret();
        checkout = p.checkout();
        refunds = p.refunds();
    }

    /** The changed payment, last changed at {@code updatedAt}. */
    Payment build(Instant updatedAt) {
        return new Payment(from.id(), from.jobId(), from.customerId(), providerId, from.method(), from.split(),
                from.plan(), from.payoutAccount(), stage, releaseRequested, customerReleased, cancelRequested, disputed,
                pendingCall, intentId, clientSecret, checkout, refunds, from.createdAt(), updatedAt, from.version());
    }

    List<LedgerEntry> entries() {
        return postings.entries();
    }

    /** The gateway's view of the intent: only forward moves apply. */
    void observed(IntentSnapshot intent, GatewayCall answered) {
        intentId = intent.intentId();
        if (intent.clientSecret() != null) {
            clientSecret = intent.clientSecret();
        }
        answer(answered);
        switch (intent.status()) {
            case AWAITING_CUSTOMER, PROCESSING -> {
            }
            case REQUIRES_CAPTURE -> {
                if (stage instanceof Pending || stage instanceof Failed) {
                    stage = new Authorized();
                }
            }
            case SUCCEEDED -> {
                if (stage.open() && intent.amountReceived().isPositive()) {
                    capture(intent.amountReceived());
                }
            }
            case CANCELED -> {
                if (stage.open()) {
                    // only a hold the platform did not release itself lapses (Stripe cancels it after 7 days)
                    stage = new Cancelled(stage instanceof Failed f ? f
                            : stage instanceof Authorized && !cancelRequested ? Stage.HOLD_LAPSED : null);
                    pendingCall = null;
                }
            }
        }
        followUp();
    }

    /** The hosted page was made; the customer pays there (or not: a cancellation waits for its intent or expiry). */
    void checkoutOpened(CheckoutSession session) {
        answer(GatewayCall.CHECKOUT);
        if (checkout == null) {
            checkout = session;
        }
        followUp(); // the job may have gone while the page was being made
    }

    /**
     * Only a page still unpaid expires: once the customer paid there, its intent decides. Expired because the job went
     * ({@code cancelRequested}), the payment is simply cancelled; otherwise the customer let the page run out.
     */
    void checkoutExpired(String sessionId) {
        answer(GatewayCall.EXPIRE);
        if (checkout != null && checkout.id().equals(sessionId) && stage instanceof Pending) {
            stage = new Cancelled(cancelRequested ? null
                    : new Failed("checkout_expired", "the payment page expired before the customer paid"));
            pendingCall = null;
        }
    }

    /**
     * The gateway refused the card (the payment is pending) or the capture of a hold. A page that could not be expired
     * was paid or expired meanwhile: its webhook decides (a paid page's intent is then cancelled), unless it came first.
     */
    void failed(String code, String message, GatewayCall answered) {
        answer(answered);
        if (answered == GatewayCall.EXPIRE) {
            if (!(stage instanceof Pending)) {
                followUp();
            }
        } else if (stage instanceof Pending || (stage instanceof Authorized && answered == GatewayCall.CAPTURE)) {
            stage = new Failed(code, message);
        }
    }

    private void answer(GatewayCall answered) {
        if (answered != null && pendingCall == answered) {
            pendingCall = null;
        }
    }

    /** What the gateway must do next, once the last call was answered. */
    void followUp() {
        if (pendingCall != null || !from.method().throughGateway()) {
            return;
        }
        if (stage instanceof Authorized && cancelRequested) {
            pendingCall = GatewayCall.CANCEL;
        } else if (stage instanceof Authorized && releaseRequested) {
            pendingCall = GatewayCall.CAPTURE;
        } else if ((stage instanceof Pending || stage instanceof Failed) && cancelRequested && intentId != null) {
            pendingCall = GatewayCall.CANCEL; // a refused card's intent too: nothing stays open at the gateway
        } else if (stage instanceof Pending && cancelRequested && checkout != null) {
            pendingCall = GatewayCall.EXPIRE;
        } else if (stage instanceof Captured c && cancelRequested && !c.released()) {
            Money rest = c.amount().minus(refunds.reserved());
            if (rest.isPositive()) {
                requestRefund(cancellationRefundId(), rest, "job cancelled", null);
            }
        }
    }

    /** The refund that gives back money held for a cancelled job: one per payment, so its id derives from the payment's. */
    private RefundId cancellationRefundId() {
        return new RefundId(RefundId.PREFIX + "_" + from.id().value().substring(PaymentId.PREFIX.length() + 1) + "X");
    }

    void capture(Money amount) {
        stage = new Captured(amount, now, false);
        if (pendingCall == GatewayCall.CAPTURE) {
            pendingCall = null;
        }
        postings.charge(amount);
        // a hold is captured only to be released; cash is confirmed once the work is done
        if (releaseRequested || from.plan() == HoldPlan.AUTHORISE) {
            release();
        }
    }

    void release() {
        if (!(stage instanceof Captured c) || c.released()) {
            return;
        }
        stage = c.releasedNow();
        releaseRequested = true;
        postings.release(c.amount(), refunds.refunded());
    }

    void requestRefund(RefundId refundId, Money amount, String reason, UserId by) {
        Refund refund = new Refund(refundId, amount, reason, RefundStatus.PENDING, null, by, now, null);
        refunds = refunds.with(refund);
        if (!from.method().throughGateway()) {
            // cash is given back by the platform outside any gateway: settled when recorded
            settle(refund, RefundStatus.SUCCEEDED, null);
        }
    }

    void refundAnswered(RefundId refundId, String gatewayRefundId, RefundStatus status) {
        for (Refund refund : List.copyOf(refunds)) {
            if (refund.id().equals(refundId) && refund.status() == RefundStatus.PENDING) {
                if (status == RefundStatus.PENDING) {
                    refunds = refunds.replacing(refund, refund.sentAs(gatewayRefundId));
                } else {
                    settle(refund, status, gatewayRefundId);
                }
            }
        }
    }

    void refundedAtGateway(Money total, RefundId unknownRefund) {
        if (!(stage instanceof Captured c)) {
            return;
        }
        Money missing = total.minus(refunds.refunded());
        for (Refund refund : List.copyOf(refunds)) {
            if (refund.status() == RefundStatus.PENDING && refund.amount().compareTo(missing) <= 0) {
                settle(refund, RefundStatus.SUCCEEDED, null);
                missing = missing.minus(refund.amount());
            }
        }
        if (missing.isPositive()) {
            Money room = c.amount().minus(refunds.reserved());
            Money external = missing.compareTo(room) <= 0 ? missing : room;
            if (external.isPositive()) {
                Refund refund = new Refund(unknownRefund, external, "refunded at the payment gateway",
                        RefundStatus.PENDING, null, null, now, null);
                refunds = refunds.with(refund);
                settle(refund, RefundStatus.SUCCEEDED, null);
            }
        }
    }

    private void settle(Refund refund, RefundStatus outcome, String gatewayRefundId) {
        Money before = refunds.refunded();
        refunds = refunds.replacing(refund, refund.settled(outcome, gatewayRefundId, now));
        if (outcome == RefundStatus.SUCCEEDED) {
            postings.refund(refund.amount(), before, stage instanceof Captured c && c.released());
        }
    }
}

