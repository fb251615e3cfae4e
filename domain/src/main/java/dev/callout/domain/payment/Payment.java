package dev.callout.domain.payment;

import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.FeeSplit;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.PaymentEvent.PaymentUpdated;
import dev.callout.domain.payment.PaymentOutcome.Changed;
import dev.callout.domain.payment.PaymentOutcome.Refused;
import dev.callout.domain.payment.PaymentOutcome.Unchanged;
import dev.callout.domain.payment.Stage.Authorized;
import dev.callout.domain.payment.Stage.Cancelled;
import dev.callout.domain.payment.Stage.Captured;
import dev.callout.domain.payment.Stage.Failed;
import dev.callout.domain.payment.Stage.Pending;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A customer's payment for one job, and every movement of its money. Immutable: each command or
 * gateway fact returns the changed payment with the balanced ledger entries and the events it
 * caused, or the reason it was refused.
 *
 * <p>The split (amount = platform fee + provider net) is the job's price. Money is taken in two
 * steps: {@link Captured} when it reaches the platform, {@code released} when the work is
 * done and it is divided into the platform's fee and the provider's earning. A card held until
 * the work is done is captured at release; a card for a job scheduled beyond the hold window is
 * captured at once and held by the platform. Refunds reverse the fee and the earning in
 * proportion to the amount refunded, rounded so that a full refund reverses them exactly.
 *
 * <p>Gateway calls are asked for ({@code pendingCall}, pending refunds) and made after the change
 * commits; their answers, and webhooks, come back as facts ({@link #observe}), applied only when
 * they move the payment forward, so they may arrive in any order and any number of times. A card
 * paid on the gateway's hosted page has its {@code checkout} session until the customer pays there.
 */
public record Payment(PaymentId id, JobId jobId, UserId customerId, UserId providerId, PaymentMethod method,
                      FeeSplit split, HoldPlan plan, String payoutAccount, Stage stage, boolean releaseRequested,
                      boolean customerReleased, boolean cancelRequested, boolean disputed, GatewayCall pendingCall,
                      String intentId, String clientSecret, CheckoutSession checkout, Refunds refunds, Instant createdAt,
                      Instant updatedAt, long version) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(refunds, "refunds");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        check(split.amount().isPositive(), "a payment is for a positive amount");
        if (stage instanceof Captured c) {
            check(c.amount().sameCurrencyAs(split.amount()), "captured in the payment's currency");
            check(c.amount().compareTo(split.amount()) <= 0, "never captured more than the amount");
            check(refunds.reserved().compareTo(c.amount()) <= 0, "never refunded more than was captured");
            check(providerId != null || !c.released(), "released to a provider");
        } else {
            check(refunds.isEmpty(), "only captured money is refunded");
        }
        check(method.throughGateway() || (pendingCall == null && intentId == null), "cash never calls a gateway");
    }

    private static void check(boolean condition, String invariant) {
        if (!condition) {
            throw new IllegalStateException("payment invariant broken: " + invariant);
        }
    }

    // ---- opening

    /**
     * The job's customer starts paying for it by {@code method}. A card is held from acceptance
     * (with {@code cardsAfterCompletion}, for a product without holds, it pays for completed work
     * as cash and wallets do). {@code amount}, when the client sent one, must be the job's price.
     * {@code payoutAccount} is the provider's connected account, if any.
     */
    public static PaymentOutcome open(PaymentId id, Job job, Actor customer, PaymentMethod method, Money amount,
                                      String payoutAccount, HoldWindow window, boolean cardsAfterCompletion, Instant now) {
        return PaymentOpening.open(id, job, customer, method, amount, payoutAccount, window, cardsAfterCompletion, now);
    }

    /** As {@link #open}, a card the customer pays on the gateway's hosted page rather than confirming it in the client. */
    public static PaymentOutcome openOnHostedPage(PaymentId id, Job job, Actor customer, Money amount, String payoutAccount,
                                                  HoldWindow window, boolean cardsAfterCompletion, Instant now) {
        return PaymentOpening.onHostedPage(open(id, job, customer, PaymentMethod.CARD, amount, payoutAccount, window,
                cardsAfterCompletion, now));
    }

    /** A card held as the job is posted: no provider until one takes it ({@link #assign}), so the platform holds it. */
    public static PaymentOutcome openAtPosting(PaymentId id, Job job, Actor customer, Money amount, HoldWindow window, Instant now) {
        return PaymentOpening.openAtPosting(id, job, customer, amount, window, now);
    }

    // ---- reading

    public Money amount() {
        return split.amount();
    }

    /** What reached the platform: zero until captured. */
    public Money captured() {
        return stage instanceof Captured c ? c.amount() : Money.zero(amount().currency());
    }

    public Instant capturedAt() {
        return stage instanceof Captured c ? c.at() : null;
    }

    /** The captured money was divided into the platform's fee and the provider's earning. */
    public boolean released() {
        return stage instanceof Captured c && c.released();
    }

    public String failureCode() {
        return stage.failure() == null ? null : stage.failure().code();
    }

    public String failureMessage() {
        return stage.failure() == null ? null : stage.failure().message();
    }

    public PaymentStatus status() {
        if (disputed) {
            return PaymentStatus.DISPUTED;
        }
        return switch (stage) {
            case Pending p -> PaymentStatus.PENDING;
            case Authorized a -> PaymentStatus.AUTHORIZED;
            case Cancelled c -> PaymentStatus.CANCELLED;
            case Failed f -> PaymentStatus.FAILED;
            case Captured c -> refunded().equals(c.amount()) ? PaymentStatus.REFUNDED
                    : refunded().isPositive() ? PaymentStatus.PARTIALLY_REFUNDED
                    : c.released() ? PaymentStatus.COMPLETED : PaymentStatus.CAPTURED;
        };
    }

    /** What went back to the customer (refunds that succeeded). */
    public Money refunded() {
        return refunds.refunded();
    }

    /** What may still be refunded: captured, less every refund not failed. */
    public Money refundable() {
        return captured().minus(refunds.reserved());
    }

    /** Not cancelled or failed: the job's one payment for now. */
    public boolean isLive() {
        return !(stage instanceof Cancelled) && !(stage instanceof Failed);
    }

    public boolean isParty(Actor actor) {
        return actor.id().equals(customerId) || actor.id().equals(providerId);
    }

    public boolean isVisibleTo(Actor actor) {
        return actor.is(Role.ADMIN) || isParty(actor);
    }

    /** Refunds to send to the gateway: pending, not yet answered with a gateway id. */
    public List<Refund> unsentRefunds() {
        return method.throughGateway()
                ? refunds.stream().filter(r -> r.status() == RefundStatus.PENDING && r.gatewayRefundId() == null).toList()
                : List.of();
    }

    /** The payment needs the gateway: a call to make, or refunds to send. */
    public boolean awaitsGateway() {
        return pendingCall != null || !unsentRefunds().isEmpty();
    }

    /** This payment as stored at {@code storedVersion}. */
    public Payment withVersion(long storedVersion) {
        return new Payment(id, jobId, customerId, providerId, method, split, plan, payoutAccount, stage, releaseRequested,
                customerReleased, cancelRequested, disputed, pendingCall, intentId, clientSecret, checkout, refunds, createdAt,
                updatedAt, storedVersion);
    }

    // ---- commands

    /**
     * The money is to go to the provider: the customer releases it ({@code customerReleased}, also once the
     * job's completion released it), or the job was completed. A hold is captured (after commit); money
     * already captured is divided now.
     */
    public PaymentOutcome release(Actor actor, Instant now) {
        if (actor != null && !actor.id().equals(customerId)) {
            return new Refused(PaymentRejection.ROLE_NOT_ALLOWED);
        }
        boolean byCustomer = actor != null;
        if (released() || providerId == null) { // a card held from posting is released once someone took the job
            return !released() && byCustomer ? new Refused(PaymentRejection.NOT_RELEASABLE)
                    : edit(now, d -> d.customerReleased |= byCustomer);
        }
        return switch (stage) {
            case Pending p -> byCustomer ? new Refused(PaymentRejection.NOT_RELEASABLE)
                    : releaseRequested ? new Unchanged(this) : edit(now, d -> d.releaseRequested = true);
            case Authorized a -> releaseRequested && pendingCall != null ? edit(now, d -> d.customerReleased |= byCustomer)
                    : edit(now, d -> {
                        d.releaseRequested = true;
                        d.customerReleased |= byCustomer;
                        d.followUp();
                    });
            case Captured c -> edit(now, d -> {
                d.releaseRequested = true;
                d.customerReleased |= byCustomer;
                d.release();
            });
            case Cancelled c -> actor != null ? new Refused(PaymentRejection.NOT_RELEASABLE) : new Unchanged(this);
            case Failed f -> actor != null ? new Refused(PaymentRejection.NOT_RELEASABLE) : new Unchanged(this);
        };
    }

    /** The provider who takes the job, or null when they withdrew and it waits for another; fixed once released. */
    public PaymentOutcome assign(UserId provider, Instant now) {
        return released() || Objects.equals(provider, providerId) ? new Unchanged(this) : edit(now, d -> d.providerId = provider);
    }

    /** The job was cancelled: release the hold, or give back money the platform holds for it. */
    public PaymentOutcome cancel(Instant now) {
        if (cancelRequested || released()) {
            return new Unchanged(this);
        }
        return edit(now, d -> {
            d.cancelRequested = true;
            if (!method.throughGateway() && stage instanceof Pending) {
                d.stage = new Cancelled(null);
            }
            d.followUp();
        });
    }

    /** The assigned provider confirms they received the cash. */
    public PaymentOutcome confirmCash(Actor actor, Instant now) {
        if (method != PaymentMethod.CASH) {
            return new Refused(PaymentRejection.NOT_CASH_PAYMENT);
        }
        if (!actor.id().equals(providerId)) {
            return new Refused(PaymentRejection.NOT_ASSIGNED_PROVIDER);
        }
        return switch (stage) {
            case Captured c -> new Unchanged(this);
            case Pending p -> edit(now, d -> {
                d.releaseRequested = true;
                d.capture(amount());
            });
            default -> new Refused(PaymentRejection.NOT_RELEASABLE);
        };
    }

    /** An admin gives back part or all of what was captured; {@code by} is null for the platform itself. */
    public PaymentOutcome refund(RefundId refundId, Money amount, String reason, Actor by, Instant now) {
        if (by != null && !by.is(Role.ADMIN)) {
            return new Refused(PaymentRejection.ROLE_NOT_ALLOWED);
        }
        if (!(stage instanceof Captured)) {
            return new Refused(PaymentRejection.NOT_REFUNDABLE);
        }
        if (!amount.sameCurrencyAs(amount())) {
            return new Refused(PaymentRejection.CURRENCY_MISMATCH);
        }
        if (!amount.isPositive() || amount.compareTo(refundable()) > 0) {
            return new Refused(PaymentRejection.REFUND_EXCEEDS_CAPTURED);
        }
        return edit(now, d -> d.requestRefund(refundId, amount, reason, by == null ? null : by.id()));
    }

    // ---- facts from the gateway

    /**
     * The gateway's view of the intent, from the answer to {@code answered} (null for a webhook).
     * Only forward moves apply: pending → authorised → captured, or → cancelled.
     */
    public PaymentOutcome observe(IntentSnapshot intent, GatewayCall answered, Instant now) {
        if (intentId != null && !intentId.equals(intent.intentId())) {
            throw new IllegalArgumentException("intent " + intent.intentId() + " is not payment " + id + "'s " + intentId);
        }
        return edit(now, d -> d.observed(intent, answered));
    }

    /** The gateway made the hosted page the customer pays on (the answer to {@link GatewayCall#CHECKOUT}). */
    public PaymentOutcome checkoutOpened(CheckoutSession session, Instant now) {
        return edit(now, d -> d.checkoutOpened(session));
    }

    /** The hosted page expired unpaid (its time ran out, or {@link GatewayCall#EXPIRE} closed it): the payment is cancelled. */
    public PaymentOutcome checkoutExpired(String sessionId, Instant now) {
        return edit(now, d -> d.checkoutExpired(sessionId));
    }

    /** The gateway refused the customer's card or a capture; {@code answered} is the call, null for a webhook. */
    public PaymentOutcome failed(String code, String message, GatewayCall answered, Instant now) {
        return edit(now, d -> d.failed(code, message, answered));
    }

    /** The gateway answered a refund we sent. */
    public PaymentOutcome refundAnswered(RefundId refundId, String gatewayRefundId, RefundStatus status, Instant now) {
        return edit(now, d -> d.refundAnswered(refundId, gatewayRefundId, status));
    }

    /**
     * The gateway's charge: what it captured and its total refunded (which only grows). A charge
     * reported before its capture was heard of is captured first. Our pending refunds settle
     * oldest first; what remains was refunded outside Callout and is recorded as {@code unknownRefund}.
     */
    public PaymentOutcome chargeRefunded(String chargeIntentId, Money amountCaptured, Money totalRefunded,
                                         RefundId unknownRefund, Instant now) {
        if (intentId != null && !intentId.equals(chargeIntentId)) {
            throw new IllegalArgumentException("charge of " + chargeIntentId + " is not payment " + id + "'s");
        }
        return edit(now, d -> {
            d.intentId = chargeIntentId;
            if (d.stage.open() && amountCaptured.isPositive()) {
                d.capture(amountCaptured);
            }
            d.refundedAtGateway(totalRefunded, unknownRefund);
        });
    }

    /** The customer disputed the charge with their bank. The money's fate is the dispute's. */
    public PaymentOutcome disputed(Instant now) {
        return disputed ? new Unchanged(this) : edit(now, d -> d.disputed = true);
    }

    // ---- editing

    private PaymentOutcome edit(Instant now, Consumer<PaymentDraft> change) {
        PaymentDraft draft = new PaymentDraft(this, now);
        change.accept(draft);
        if (draft.build(updatedAt).equals(this)) {
            return new Unchanged(this);
        }
        Payment next = draft.build(now);
        boolean visible = next.status() != status() || !next.refunded().equals(refunded())
                || !Objects.equals(next.clientSecret, clientSecret);
        return new Changed(next, draft.entries(), visible ? List.of(next.updated(now)) : List.of());
    }

    PaymentUpdated updated(Instant now) {
        return new PaymentUpdated(id, jobId, customerId, providerId, method, status(), amount(), refunded(), failureCode(), now);
    }
}
