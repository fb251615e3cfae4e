package dev.callout.application.payment;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.user.Actor;
import java.util.List;
import java.util.Objects;

/**
 * The caller's payment history, newest first: a customer's payments, a provider's payments for
 * their jobs (and for jobs they posted, where providers may post), every payment for admins; with
 * totals per currency: paid (as customer, net of refunds) and received (a provider's earnings net
 * of reversals; for admins the platform's fees).
 */
public interface ListPaymentsUseCase {

    PaymentHistory list(Actor actor, PageRequest page);

    record PaymentHistory(Page<Payment> payments, List<Totals> totals) {
        public PaymentHistory {
            Objects.requireNonNull(payments, "payments");
            totals = List.copyOf(totals);
        }
    }

    record Totals(Money paid, Money received) {
    }
}
