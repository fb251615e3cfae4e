package dev.callout.domain.payment;

import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One side of a money movement: an account gains (positive) or gives (negative) an amount. */
public record LedgerEntry(JobId jobId, PaymentId paymentId, LedgerAccount account, Money amount, EntryKind kind,
                          PaymentMethod method, Instant at) {

    public LedgerEntry {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(at, "at");
    }

    /** {@code amount} moves from one account to another: two entries that sum to zero. */
    public static List<LedgerEntry> move(Payment payment, EntryKind kind, LedgerAccount from, LedgerAccount to,
                                         Money amount, Instant at) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a movement is never negative: " + amount);
        }
        if (amount.isZero()) {
            return List.of();
        }
        return List.of(
                new LedgerEntry(payment.jobId(), payment.id(), from, Money.zero(amount.currency()).minus(amount), kind,
                        payment.method(), at),
                new LedgerEntry(payment.jobId(), payment.id(), to, amount, kind, payment.method(), at));
    }
}
