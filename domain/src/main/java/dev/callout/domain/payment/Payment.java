package dev.callout.domain.payment;

import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.FeeSplit;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.PaymentEvent.PaymentUpdated;
import dev.callout.domain.payment.PaymentOutcome.Changed;
import dev.callout.domain.payment.PaymentOutcome.Refused;
import dev.callout.domain.payment.PaymentOutcome.Unchanged;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A customer's payment for one job, and every movement of its money. Immutable: each command or
 * gateway fact returns the changed payment with the balanced ledger entries and the events it
 * caused, or the reason it was refused.
 *
 * <p>The split (amount = platform fee + provider net) is the job's price. Money is taken in two
 * steps: {@link Stage#CAPTURED} when it reaches the platform, {@code released} when the work is
 * done and it is divided into the platform's fee and the provider's earning. A card held until
 * the work is done is captured at release; a card for a job scheduled beyond the hold window is
 * captured at once and held by the platform. Refunds reverse the fee and the earning in
 * proportion to the amount refunded, rounded so that a full refund reverses them exactly.
 *
 * <p>Gateway calls are asked for ({@code pendingCall}, pending refunds) and made after the change
 * commits; their answers, and webhooks, come back as facts ({@link #observe}), applied only when
 * they move the payment forward, so they may arrive in any order and any number of times.
 */
public record Payment(PaymentId id, JobId jobId, UserId customerId, UserId providerId, PaymentMethod method,
                      FeeSplit split, HoldPlan plan, String payoutAccount, Stage stage, boolean released,
                      boolean releaseRequested, boolean cancelRequested, boolean disputed, GatewayCall pendingCall,
                      String intentId, String clientSecret, Money captured, List<Refund> refunds, String failureCode,
                      String failureMessage, Instant createdAt, Instant capturedAt, Instant updatedAt, long version) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        refunds = List.copyOf(refunds);
        check(split.amount().isPositive(), "a payment is for a positive amount");
        check(captured.sameCurrencyAs(split.amount()), "captured in the payment's currency");
        check(stage == Stage.CAPTURED ? captured.isPositive() && capturedAt != null : captured.isZero(),
                "only a captured payment has a captured amount and time");
        check(captured.compareTo(split.amount()) <= 0, "never captured more than the amount");
        check(!released || stage == Stage.CAPTURED, "only captured money is released");
        check(refunds.isEmpty() || stage == Stage.CAPTURED, "only captured money is refunded");
        check(method.throughGateway() || (pendingCall == null && intentId == null), "cash never calls a gateway");
        Money reserved = Money.zero(captured.currency());
        for (Refund refund : refunds) {
            check(refund.amount().sameCurrencyAs(captured), "refunds in the payment's currency");
            if (refund.status() != RefundStatus.FAILED) {
                reserved = reserved.plus(refund.amount());
            }
        }
        check(reserved.compareTo(captured) <= 0, "never refunded more than was captured");
    }

    private static void check(boolean condition, String invariant) {
        if (!condition) {
            throw new IllegalStateException("payment invariant broken: " + invariant);
        }
    }

    // ---- opening

    /**
     * The job's customer starts paying for it by {@code method}. A card is held from acceptance;
     * cash and wallets pay for completed work. {@code amount}, when the client sent one, must be
     * the job's price. {@code payoutAccount} is the provider's connected account, if any.
     */
    public static PaymentOutcome open(PaymentId id, Job job, Actor customer, PaymentMethod method, Money amount,
                                      String payoutAccount, HoldWindow window, Instant now) {
        if (!customer.is(Role.CUSTOMER) || !customer.id().equals(job.customerId())) {
            return new Refused(PaymentRejection.ROLE_NOT_ALLOWED);
        }
        JobStatus status = job.status();
        if (status == JobStatus.REQUESTED || status == JobStatus.CANCELLED || status == JobStatus.DISPUTED
                || job.providerId() == null || !job.price().total().isPositive()) {
            return new Refused(PaymentRejection.JOB_NOT_PAYABLE);
        }
        if (method.requiresCompletedJob() && status != JobStatus.COMPLETED) {
            return new Refused(PaymentRejection.JOB_NOT_COMPLETED);
        }
        if (amount != null && !amount.sameCurrencyAs(job.price().total())) {
            return new Refused(PaymentRejection.CURRENCY_MISMATCH);
        }
        if (amount != null && !amount.equals(job.price().total())) {
            return new Refused(PaymentRejection.AMOUNT_MISMATCH);
        }
        HoldPlan plan = method == PaymentMethod.CARD ? window.plan(now, job.details().scheduledAt()) : HoldPlan.CAPTURE_NOW;
        // money charged now is the platform's to hold: no transfer before the work is done
        String destination = method == PaymentMethod.CARD && plan == HoldPlan.AUTHORISE ? payoutAccount : null;
        Payment opened = new Payment(id, job.id(), job.customerId(), job.providerId(), method, job.price().split(), plan,
                destination, Stage.PENDING, false, status == JobStatus.COMPLETED, false, false,
                method.throughGateway() ? GatewayCall.CREATE : null, null, null, Money.zero(job.price().total().currency()),
                List.of(), null, null, now, null, now, 0);
        return new Changed(opened, List.of(), List.of(opened.updated(now)));
    }

    // ---- reading

    public Money amount() {
        return split.amount();
    }

    public PaymentStatus status() {
        if (disputed) {
            return PaymentStatus.DISPUTED;
        }
        return switch (stage) {
            case PENDING -> PaymentStatus.PENDING;
            case AUTHORIZED -> PaymentStatus.AUTHORIZED;
            case CANCELLED -> PaymentStatus.CANCELLED;
            case FAILED -> PaymentStatus.FAILED;
            case CAPTURED -> refunded().equals(captured) ? PaymentStatus.REFUNDED
                    : refunded().isPositive() ? PaymentStatus.PARTIALLY_REFUNDED
                    : released ? PaymentStatus.COMPLETED : PaymentStatus.CAPTURED;
        };
    }

    /** What went back to the customer (refunds that succeeded). */
    public Money refunded() {
        return sum(RefundStatus.SUCCEEDED);
    }

    /** What may still be refunded: captured, less every refund not failed. */
    public Money refundable() {
        return captured.minus(sum(RefundStatus.SUCCEEDED)).minus(sum(RefundStatus.PENDING));
    }

    /** Not cancelled or failed: the job's one payment for now. */
    public boolean isLive() {
        return stage != Stage.CANCELLED && stage != Stage.FAILED;
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

    private Money sum(RefundStatus status) {
        Money total = Money.zero(captured.currency());
        for (Refund refund : refunds) {
            if (refund.status() == status) {
                total = total.plus(refund.amount());
            }
        }
        return total;
    }

    // ---- commands

    /**
     * The money is to go to the provider: the customer releases it, or the job was completed.
     * A hold is captured (after commit); money already captured is divided now.
     */
    public PaymentOutcome release(Actor actor, Instant now) {
        if (actor != null && (!actor.is(Role.CUSTOMER) || !actor.id().equals(customerId))) {
            return new Refused(PaymentRejection.ROLE_NOT_ALLOWED);
        }
        if (released) {
            return new Unchanged(this);
        }
        return switch (stage) {
            case PENDING -> actor != null ? new Refused(PaymentRejection.NOT_RELEASABLE)
                    : releaseRequested ? new Unchanged(this) : edit(now, d -> d.releaseRequested = true);
            case AUTHORIZED -> releaseRequested && pendingCall != null ? new Unchanged(this) : edit(now, d -> {
                d.releaseRequested = true;
                d.followUp();
            });
            case CAPTURED -> edit(now, d -> {
                d.releaseRequested = true;
                d.release();
            });
            case CANCELLED, FAILED -> actor != null ? new Refused(PaymentRejection.NOT_RELEASABLE) : new Unchanged(this);
        };
    }

    /** The job was cancelled: release the hold, or give back money the platform holds for it. */
    public PaymentOutcome cancel(Instant now) {
        if (cancelRequested || released) {
            return new Unchanged(this);
        }
        return edit(now, d -> {
            d.cancelRequested = true;
            if (!method.throughGateway() && stage == Stage.PENDING) {
                d.stage = Stage.CANCELLED;
            }
            d.followUp();
        });
    }

    /** The assigned provider confirms they received the cash. */
    public PaymentOutcome confirmCash(Actor actor, Instant now) {
        if (method != PaymentMethod.CASH) {
            return new Refused(PaymentRejection.NOT_CASH_PAYMENT);
        }
        if (!actor.is(Role.PROVIDER) || !actor.id().equals(providerId)) {
            return new Refused(PaymentRejection.NOT_ASSIGNED_PROVIDER);
        }
        return switch (stage) {
            case CAPTURED -> new Unchanged(this);
            case PENDING -> edit(now, d -> {
                d.releaseRequested = true;
                d.capture(amount());
            });
            case AUTHORIZED, CANCELLED, FAILED -> new Refused(PaymentRejection.NOT_RELEASABLE);
        };
    }

    /** An admin gives back part or all of what was captured; {@code by} is null for the platform itself. */
    public PaymentOutcome refund(RefundId refundId, Money amount, String reason, Actor by, Instant now) {
        if (by != null && !by.is(Role.ADMIN)) {
            return new Refused(PaymentRejection.ROLE_NOT_ALLOWED);
        }
        if (stage != Stage.CAPTURED) {
            return new Refused(PaymentRejection.NOT_REFUNDABLE);
        }
        if (!amount.sameCurrencyAs(captured)) {
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
        return edit(now, d -> {
            d.intentId = intent.intentId();
            if (intent.clientSecret() != null) {
                d.clientSecret = intent.clientSecret();
            }
            if (answered != null && d.pendingCall == answered) {
                d.pendingCall = null;
            }
            boolean open = d.stage == Stage.PENDING || d.stage == Stage.FAILED || d.stage == Stage.AUTHORIZED;
            switch (intent.status()) {
                case AWAITING_CUSTOMER, PROCESSING -> {
                }
                case REQUIRES_CAPTURE -> {
                    if (d.stage == Stage.PENDING || d.stage == Stage.FAILED) {
                        d.stage = Stage.AUTHORIZED;
                        d.failureCode = null;
                        d.failureMessage = null;
                    }
                }
                case SUCCEEDED -> {
                    if (open && intent.amountReceived().isPositive()) {
                        d.capture(intent.amountReceived());
                    }
                }
                case CANCELED -> {
                    if (open) {
                        d.stage = Stage.CANCELLED;
                        d.pendingCall = null;
                    }
                }
            }
            d.followUp();
        });
    }

    /** The gateway refused the customer's card or a capture; {@code answered} is the call, null for a webhook. */
    public PaymentOutcome failed(String code, String message, GatewayCall answered, Instant now) {
        return edit(now, d -> {
            if (answered != null && d.pendingCall == answered) {
                d.pendingCall = null;
            }
            if (d.stage == Stage.PENDING || (d.stage == Stage.AUTHORIZED && answered == GatewayCall.CAPTURE)) {
                d.stage = Stage.FAILED;
                d.failureCode = code;
                d.failureMessage = message;
            }
        });
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
            boolean open = d.stage == Stage.PENDING || d.stage == Stage.FAILED || d.stage == Stage.AUTHORIZED;
            if (open && amountCaptured.isPositive()) {
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

    private PaymentOutcome edit(Instant now, java.util.function.Consumer<Draft> change) {
        Draft draft = new Draft(this, now);
        change.accept(draft);
        Payment next = draft.build();
        if (next.equals(this)) {
            return new Unchanged(this);
        }
        boolean visible = next.status() != status() || !next.refunded().equals(refunded())
                || !Objects.equals(next.clientSecret, clientSecret);
        return new Changed(next, draft.entries, visible ? List.of(next.updated(now)) : List.of());
    }

    private PaymentUpdated updated(Instant now) {
        return new PaymentUpdated(id, jobId, customerId, providerId, method, status(), amount(), refunded(), now);
    }

    /** The refund that gives back money held for a cancelled job: one per payment, so its id derives from the payment's. */
    RefundId cancellationRefundId() {
        return new RefundId(RefundId.PREFIX + "_" + id.value().substring(PaymentId.PREFIX.length() + 1) + "X");
    }

    /** The fee's share of a refunded total, half-up, so that a full refund takes back the whole fee. */
    private Money feeShare(Money refundedTotal) {
        BigDecimal share = BigDecimal.valueOf(split.fee().minor()).multiply(BigDecimal.valueOf(refundedTotal.minor()))
                .divide(BigDecimal.valueOf(split.amount().minor()), 0, RoundingMode.HALF_UP);
        return new Money(share.longValueExact(), captured.currency());
    }

    /** A mutable copy for one change; {@link #build()} checks the invariants again. */
    private static final class Draft {
        private final Payment from;
        private final Instant now;
        private final List<LedgerEntry> entries = new ArrayList<>();
        Stage stage;
        boolean released;
        boolean releaseRequested;
        boolean cancelRequested;
        boolean disputed;
        GatewayCall pendingCall;
        String intentId;
        String clientSecret;
        Money captured;
        List<Refund> refunds;
        String failureCode;
        String failureMessage;
        Instant capturedAt;

        Draft(Payment p, Instant now) {
            this.from = p;
            this.now = now;
            stage = p.stage;
            released = p.released;
            releaseRequested = p.releaseRequested;
            cancelRequested = p.cancelRequested;
            disputed = p.disputed;
            pendingCall = p.pendingCall;
            intentId = p.intentId;
            clientSecret = p.clientSecret;
            captured = p.captured;
            refunds = new ArrayList<>(p.refunds);
            failureCode = p.failureCode;
            failureMessage = p.failureMessage;
            capturedAt = p.capturedAt;
        }

        Payment build() {
            boolean changed = stage != from.stage || released != from.released || releaseRequested != from.releaseRequested
                    || cancelRequested != from.cancelRequested || disputed != from.disputed || pendingCall != from.pendingCall
                    || !Objects.equals(intentId, from.intentId) || !Objects.equals(clientSecret, from.clientSecret)
                    || !captured.equals(from.captured) || !refunds.equals(from.refunds)
                    || !Objects.equals(failureCode, from.failureCode) || !Objects.equals(capturedAt, from.capturedAt);
            return new Payment(from.id, from.jobId, from.customerId, from.providerId, from.method, from.split, from.plan,
                    from.payoutAccount, stage, released, releaseRequested, cancelRequested, disputed, pendingCall, intentId,
                    clientSecret, captured, refunds, failureCode, failureMessage, from.createdAt, capturedAt,
                    changed ? now : from.updatedAt, from.version);
        }

        /** What the gateway must do next, once the last call was answered. */
        void followUp() {
            if (pendingCall != null || !from.method.throughGateway()) {
                return;
            }
            if (stage == Stage.AUTHORIZED && cancelRequested) {
                pendingCall = GatewayCall.CANCEL;
            } else if (stage == Stage.AUTHORIZED && releaseRequested) {
                pendingCall = GatewayCall.CAPTURE;
            } else if (stage == Stage.PENDING && cancelRequested && intentId != null) {
                pendingCall = GatewayCall.CANCEL;
            } else if (stage == Stage.CAPTURED && cancelRequested && !released) {
                Money rest = refundable();
                if (rest.isPositive()) {
                    requestRefund(from.cancellationRefundId(), rest, "job cancelled", null);
                }
            }
        }

        void capture(Money amount) {
            stage = Stage.CAPTURED;
            captured = amount;
            capturedAt = now;
            failureCode = null;
            failureMessage = null;
            if (pendingCall == GatewayCall.CAPTURE) {
                pendingCall = null;
            }
            move(EntryKind.CHARGE, LedgerAccount.customer(from.customerId), LedgerAccount.HOLDING, amount);
            // a hold is captured only to be released; cash is confirmed once the work is done
            if (releaseRequested || from.plan == HoldPlan.AUTHORISE) {
                release();
            }
        }

        void release() {
            if (released) {
                return;
            }
            released = true;
            releaseRequested = true;
            Money settled = sum(RefundStatus.SUCCEEDED);
            Money fee = from.split.fee().minus(from.feeShare(settled));
            Money earning = captured.minus(settled).minus(fee);
            UserId provider = from.providerId;
            move(EntryKind.PLATFORM_FEE, LedgerAccount.HOLDING, LedgerAccount.REVENUE, fee);
            move(EntryKind.PROVIDER_EARNING, LedgerAccount.HOLDING, LedgerAccount.provider(provider), earning);
            if (from.payoutAccount != null) {
                move(EntryKind.PAYOUT, LedgerAccount.provider(provider), LedgerAccount.providerExternal(provider), earning);
            }
            if (from.method == PaymentMethod.CASH) {
                move(EntryKind.CASH_KEPT, LedgerAccount.provider(provider), LedgerAccount.providerExternal(provider), captured);
            }
        }

        void requestRefund(RefundId refundId, Money amount, String reason, UserId by) {
            Refund refund = new Refund(refundId, amount, reason, RefundStatus.PENDING, null, by, now, null);
            refunds.add(refund);
            if (!from.method.throughGateway()) {
                // cash is given back by the platform outside any gateway: settled when recorded
                settle(refund, RefundStatus.SUCCEEDED, null);
            }
        }

        void refundAnswered(RefundId refundId, String gatewayRefundId, RefundStatus status) {
            for (Refund refund : List.copyOf(refunds)) {
                if (refund.id().equals(refundId) && refund.status() == RefundStatus.PENDING) {
                    if (status == RefundStatus.PENDING) {
                        replace(refund, refund.sentAs(gatewayRefundId));
                    } else {
                        settle(refund, status, gatewayRefundId);
                    }
                }
            }
        }

        void refundedAtGateway(Money total, RefundId unknownRefund) {
            if (stage != Stage.CAPTURED) {
                return;
            }
            Money missing = total.minus(sum(RefundStatus.SUCCEEDED));
            for (Refund refund : List.copyOf(refunds)) {
                if (refund.status() == RefundStatus.PENDING && refund.amount().compareTo(missing) <= 0) {
                    settle(refund, RefundStatus.SUCCEEDED, null);
                    missing = missing.minus(refund.amount());
                }
            }
            if (missing.isPositive()) {
                Money room = captured.minus(sum(RefundStatus.SUCCEEDED)).minus(sum(RefundStatus.PENDING));
                Money external = missing.compareTo(room) <= 0 ? missing : room;
                if (external.isPositive()) {
                    Refund refund = new Refund(unknownRefund, external, "refunded at the payment gateway",
                            RefundStatus.PENDING, null, null, now, null);
                    refunds.add(refund);
                    settle(refund, RefundStatus.SUCCEEDED, null);
                }
            }
        }

        private void settle(Refund refund, RefundStatus outcome, String gatewayRefundId) {
            Money before = sum(RefundStatus.SUCCEEDED);
            replace(refund, refund.settled(outcome, gatewayRefundId, now));
            if (outcome != RefundStatus.SUCCEEDED) {
                return;
            }
            Money amount = refund.amount();
            UserId provider = from.providerId;
            if (released) {
                Money fee = from.feeShare(before.plus(amount)).minus(from.feeShare(before));
                Money earning = amount.minus(fee);
                move(EntryKind.FEE_REVERSAL, LedgerAccount.REVENUE, LedgerAccount.HOLDING, fee);
                move(EntryKind.EARNING_REVERSAL, LedgerAccount.provider(provider), LedgerAccount.HOLDING, earning);
                if (from.payoutAccount != null) {
                    move(EntryKind.PAYOUT_REVERSAL, LedgerAccount.providerExternal(provider), LedgerAccount.provider(provider),
                            earning);
                }
            }
            move(EntryKind.REFUND, LedgerAccount.HOLDING, LedgerAccount.customer(from.customerId), amount);
        }

        private void replace(Refund old, Refund updated) {
            refunds.set(refunds.indexOf(old), updated);
        }

        private Money sum(RefundStatus status) {
            Money total = Money.zero(captured.currency());
            for (Refund refund : refunds) {
                if (refund.status() == status) {
                    total = total.plus(refund.amount());
                }
            }
            return total;
        }

        private Money refundable() {
            return captured.minus(sum(RefundStatus.SUCCEEDED)).minus(sum(RefundStatus.PENDING));
        }

        private void move(EntryKind kind, LedgerAccount fromAccount, LedgerAccount to, Money amount) {
            entries.addAll(LedgerEntry.move(from, kind, fromAccount, to, amount, now));
        }
    }
}
