package dev.callout.application.payment;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.job.GetJobUseCase.Access;
import dev.callout.application.port.Ledger.EarningsSummary;
import dev.callout.application.port.Ledger;
import dev.callout.application.port.Payments;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.LedgerAccount;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Payments, history and earnings, each scoped to who is asking. */
public final class PaymentQueriesService implements GetPaymentUseCase, ListPaymentsUseCase, GetEarningsUseCase {

    private final Payments payments;
    private final Ledger ledger;
    private final boolean refuseNonPartiesOpenly;

    public PaymentQueriesService(Payments payments, Ledger ledger) {
        this(payments, ledger, false);
    }

    /** {@code refuseNonPartiesOpenly}: tell a caller who may not see an existing payment that they are forbidden. */
    public PaymentQueriesService(Payments payments, Ledger ledger, boolean refuseNonPartiesOpenly) {
        this.payments = payments;
        this.ledger = ledger;
        this.refuseNonPartiesOpenly = refuseNonPartiesOpenly;
    }

    @Override
    public Optional<Payment> get(Actor actor, PaymentId id) {
        return payments.byId(id).filter(payment -> payment.isVisibleTo(actor));
    }

    @Override
    public Access access(Actor actor, PaymentId id) {
        return payments.byId(id).map(payment -> payment.isVisibleTo(actor) ? Access.VISIBLE
                : refuseNonPartiesOpenly ? Access.FORBIDDEN : Access.NOT_FOUND).orElse(Access.NOT_FOUND);
    }

    @Override
    public Optional<Payment> liveForJob(Actor actor, JobId jobId) {
        return payments.liveForJob(jobId).filter(payment -> payment.isVisibleTo(actor));
    }

    @Override
    public PaymentHistory list(Actor actor, PageRequest page) {
        PaymentQuery.Scope scope = switch (actor.role()) {
            case CUSTOMER -> new PaymentQuery.Scope.OfCustomer(actor.id());
            case PROVIDER -> new PaymentQuery.Scope.OfParty(actor.id());
            case ADMIN -> new PaymentQuery.Scope.All();
        };
        Page<Payment> listed = payments.list(new PaymentQuery(scope, page));
        Map<Currency, Money[]> totals = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
        switch (actor.role()) {
            case CUSTOMER -> paidAsCustomer(totals, actor);
            case PROVIDER -> {
                paidAsCustomer(totals, actor);
                ledger.earnings(actor.id(), null, null)
                        .forEach(summary -> slot(totals, summary.totalEarned())[1] = summary.totalEarned());
            }
            case ADMIN -> ledger.balances(LedgerAccount.REVENUE).forEach(revenue -> slot(totals, revenue)[1] = revenue);
        }
        List<Totals> perCurrency = new ArrayList<>();
        totals.values().forEach(pair -> perCurrency.add(new Totals(pair[0], pair[1])));
        return new PaymentHistory(listed, perCurrency);
    }

    /** What the user paid for jobs they posted, net of refunds (a provider's too, where providers may post). */
    private void paidAsCustomer(Map<Currency, Money[]> totals, Actor actor) {
        ledger.balances(LedgerAccount.customer(actor.id()))
                .forEach(balance -> slot(totals, balance)[0] = Money.zero(balance.currency()).minus(balance));
    }

    private static Money[] slot(Map<Currency, Money[]> totals, Money money) {
        return totals.computeIfAbsent(money.currency(), c -> new Money[]{Money.zero(c), Money.zero(c)});
    }

    @Override
    public Earnings earnings(Actor provider, Instant from, Instant to, PageRequest page) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidCommandException(Map.of("to", "must be after from"));
        }
        if (!provider.is(Role.PROVIDER)) {
            return new Earnings(List.<EarningsSummary>of(), new Page<>(List.of(), page, 0));
        }
        return new Earnings(ledger.earnings(provider.id(), from, to),
                ledger.earningEntries(provider.id(), from, to, page));
    }
}
