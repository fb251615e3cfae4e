package dev.callout.domain.payment;

import dev.callout.domain.money.Money;
import dev.callout.domain.user.UserId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The balanced ledger entries one change of a payment posts: the charge into holding, the release
 * into fee and earning (and payout or cash kept), and each refund's way back with its reversals.
 */
final class LedgerPostings {

    private final Payment payment;
    private final Instant at;
    private final List<LedgerEntry> entries = new ArrayList<>();

    LedgerPostings(Payment payment, Instant at) {
        this.payment = payment;
        this.at = at;
    }

    List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    /** The customer's money reached the platform. */
    void charge(Money amount) {
        move(EntryKind.CHARGE, LedgerAccount.customer(payment.customerId()), LedgerAccount.HOLDING, amount);
    }

    /** What is held, less what was already refunded, is divided into the platform's fee and the provider's earning. */
    void release(Money captured, Money refundedBefore) {
        Money fee = payment.split().fee().minus(feeShare(refundedBefore));
        Money earning = captured.minus(refundedBefore).minus(fee);
        UserId provider = payment.providerId();
        move(EntryKind.PLATFORM_FEE, LedgerAccount.HOLDING, LedgerAccount.REVENUE, fee);
        move(EntryKind.PROVIDER_EARNING, LedgerAccount.HOLDING, LedgerAccount.provider(provider), earning);
        if (payment.payoutAccount() != null) {
            move(EntryKind.PAYOUT, LedgerAccount.provider(provider), LedgerAccount.providerExternal(provider), earning);
        }
        if (payment.method() == PaymentMethod.CASH) {
            move(EntryKind.CASH_KEPT, LedgerAccount.provider(provider), LedgerAccount.providerExternal(provider), captured);
        }
    }

    /** {@code amount} went back to the customer; once released, the fee and the earning give back their shares. */
    void refund(Money amount, Money refundedBefore, boolean released) {
        if (released) {
            UserId provider = payment.providerId();
            Money fee = feeShare(refundedBefore.plus(amount)).minus(feeShare(refundedBefore));
            Money earning = amount.minus(fee);
            move(EntryKind.FEE_REVERSAL, LedgerAccount.REVENUE, LedgerAccount.HOLDING, fee);
            move(EntryKind.EARNING_REVERSAL, LedgerAccount.provider(provider), LedgerAccount.HOLDING, earning);
            if (payment.payoutAccount() != null) {
                move(EntryKind.PAYOUT_REVERSAL, LedgerAccount.providerExternal(provider), LedgerAccount.provider(provider),
                        earning);
            }
        }
        move(EntryKind.REFUND, LedgerAccount.HOLDING, LedgerAccount.customer(payment.customerId()), amount);
    }

    /** The fee's share of a refunded total, half-up, so that a full refund takes back the whole fee. */
    private Money feeShare(Money refundedTotal) {
        BigDecimal share = BigDecimal.valueOf(payment.split().fee().minor())
                .multiply(BigDecimal.valueOf(refundedTotal.minor()))
                .divide(BigDecimal.valueOf(payment.amount().minor()), 0, RoundingMode.HALF_UP);
        return new Money(share.longValueExact(), refundedTotal.currency());
    }

    private void move(EntryKind kind, LedgerAccount from, LedgerAccount to, Money amount) {
        entries.addAll(LedgerEntry.move(payment, kind, from, to, amount, at));
    }
}
