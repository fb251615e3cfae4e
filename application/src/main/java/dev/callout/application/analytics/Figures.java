package dev.callout.application.analytics;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What a period's jobs, accounts and payments are now; payments per currency, most payments first (ties by code). */
public record Figures(JobFigures jobs, UserFigures users, List<PaymentFigures> payments) {

    static final Comparator<PaymentFigures> MOST_PAYMENTS_FIRST = Comparator.comparingLong(PaymentFigures::attempted)
            .reversed().thenComparing(figures -> figures.currency().getCurrencyCode());

    public Figures {
        payments = payments.stream().sorted(MOST_PAYMENTS_FIRST).toList();
    }

    /** The currency with the most payments opened in the period, if any was. */
    public Optional<PaymentFigures> mainCurrency() {
        return payments.stream().findFirst();
    }

    public long paymentsAttempted() {
        return payments.stream().mapToLong(PaymentFigures::attempted).sum();
    }

    public long paymentsCaptured() {
        return payments.stream().mapToLong(PaymentFigures::captured).sum();
    }

    public long paymentsUnsettled() {
        return payments.stream().mapToLong(PaymentFigures::unsettled).sum();
    }

    /** Captured among the settled payments of every currency; null when none settled. */
    public BigDecimal paymentSuccessRate() {
        return Rates.share(paymentsCaptured(), paymentsAttempted() - paymentsUnsettled());
    }
}
