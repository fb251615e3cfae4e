package dev.callout.domain.payment;

import dev.callout.domain.money.Money;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** A payment's refunds, oldest first, in the payment's currency. Immutable; a list equal to any list of the same refunds. */
public final class Refunds extends AbstractList<Refund> {

    private final Currency currency;
    private final List<Refund> refunds;

    public Refunds(Currency currency, List<Refund> refunds) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.refunds = List.copyOf(refunds);
        for (Refund refund : this.refunds) {
            if (!refund.amount().currency().equals(currency)) {
                throw new IllegalStateException("payment invariant broken: refunds in the payment's currency");
            }
        }
    }

    public static Refunds none(Currency currency) {
        return new Refunds(currency, List.of());
    }

    @Override
    public Refund get(int index) {
        return refunds.get(index);
    }

    @Override
    public int size() {
        return refunds.size();
    }

    /** The total of the refunds in {@code status}. */
    public Money sum(RefundStatus status) {
        Money total = Money.zero(currency);
        for (Refund refund : refunds) {
            if (refund.status() == status) {
                total = total.plus(refund.amount());
            }
        }
        return total;
    }

    /** What went back to the customer (refunds that succeeded). */
    public Money refunded() {
        return sum(RefundStatus.SUCCEEDED);
    }

    /** What is given back or on its way back: every refund not failed. */
    public Money reserved() {
        return refunded().plus(sum(RefundStatus.PENDING));
    }

    Refunds with(Refund added) {
        List<Refund> next = new ArrayList<>(refunds);
        next.add(added);
        return new Refunds(currency, next);
    }

    Refunds replacing(Refund old, Refund updated) {
        List<Refund> next = new ArrayList<>(refunds);
        next.set(next.indexOf(old), updated);
        return new Refunds(currency, next);
    }
}
