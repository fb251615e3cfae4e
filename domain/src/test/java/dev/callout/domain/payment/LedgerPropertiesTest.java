package dev.callout.domain.payment;

import static dev.callout.domain.payment.PaymentFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Whatever happens to a payment, in whatever order (commands, gateway answers, webhooks late or
 * repeated, refunds of any size), its ledger balances and tells the same story as the payment.
 */
class LedgerPropertiesTest {

    enum Op { RELEASE, CUSTOMER_RELEASE, CANCEL, AUTHORISED, SUCCEEDED, CANCELED, FAILED, REFUND, REFUND_ANSWER_OK,
        REFUND_ANSWER_FAILED, GATEWAY_REFUNDED_TOTAL, DISPUTED, CONFIRM_CASH }

    record Step(Op op, long amount) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Op.class), Arbitraries.longs().between(1, 300_000))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of("PHP", "JPY", "THB", "KWD", "USD");
    }

    @Property(tries = 2000)
    void theLedgerBalancesAndMatchesThePayment(@ForAll("steps") List<Step> steps, @ForAll("currencies") String currency,
                                               @ForAll @LongRange(min = 1, max = 500_000) long total,
                                               @ForAll boolean cash, @ForAll boolean connected, @ForAll boolean farAhead,
                                               @ForAll @IntRange(min = 0, max = 3) int jobState) {
        Money amount = Money.ofMinor(total, currency);
        JobStatus status = List.of(JobStatus.ACCEPTED, JobStatus.IN_PROGRESS, JobStatus.COMPLETED, JobStatus.COMPLETED).get(jobState);
        if (cash) {
            status = JobStatus.COMPLETED;
        }
        Instant scheduled = farAhead ? T0.plus(Duration.ofDays(20)) : null;
        PaymentOutcome opened = Payment.open(PAYMENT_ID, job(status, amount, scheduled), CUSTOMER,
                cash ? PaymentMethod.CASH : PaymentMethod.CARD, null, connected ? "acct_x" : null, HoldWindow.STRIPE, false, T0);
        Payment payment = changed(opened).payment();
        List<LedgerEntry> ledger = new ArrayList<>();
        int refunds = 0;
        Instant now = T0;
        for (Step step : steps) {
            now = now.plusSeconds(1);
            Money some = Money.ofMinor(1 + step.amount() % total, currency);
            IntentSnapshot snapshot = switch (step.op()) {
                case AUTHORISED -> new IntentSnapshot("pi_p", null, IntentStatus.REQUIRES_CAPTURE, Money.zero(amount.currency()));
                case SUCCEEDED -> new IntentSnapshot("pi_p", null, IntentStatus.SUCCEEDED, amount);
                case CANCELED -> new IntentSnapshot("pi_p", null, IntentStatus.CANCELED, Money.zero(amount.currency()));
                default -> null;
            };
            boolean gatewayFact = snapshot != null || step.op() == Op.FAILED || step.op() == Op.REFUND_ANSWER_OK
                    || step.op() == Op.REFUND_ANSWER_FAILED || step.op() == Op.GATEWAY_REFUNDED_TOTAL;
            if (cash && gatewayFact) {
                continue; // no gateway hears of cash
            }
            Refund firstPending = payment.refunds().stream().filter(r -> r.status() == RefundStatus.PENDING).findFirst().orElse(null);
            PaymentOutcome outcome = switch (step.op()) {
                case RELEASE -> payment.release(null, now);
                case CUSTOMER_RELEASE -> payment.release(CUSTOMER, now);
                case CANCEL -> payment.cancel(now);
                case AUTHORISED, SUCCEEDED, CANCELED -> payment.observe(snapshot, payment.pendingCall(), now);
                case FAILED -> payment.failed("card_declined", "declined", payment.pendingCall(), now);
                case REFUND -> payment.refund(new RefundId("ref_" + (++refunds)), some, "property", ADMIN, now);
                case REFUND_ANSWER_OK -> firstPending == null ? new PaymentOutcome.Unchanged(payment)
                        : payment.refundAnswered(firstPending.id(), "re_" + refunds, RefundStatus.SUCCEEDED, now);
                case REFUND_ANSWER_FAILED -> firstPending == null ? new PaymentOutcome.Unchanged(payment)
                        : payment.refundAnswered(firstPending.id(), null, RefundStatus.FAILED, now);
                case GATEWAY_REFUNDED_TOTAL -> payment.chargeRefunded("pi_p", amount, payment.refunded().plus(some),
                        new RefundId("ref_x" + (++refunds)), now);
                case DISPUTED -> payment.disputed(now);
                case CONFIRM_CASH -> payment.confirmCash(PROVIDER, now);
            };
            if (outcome instanceof PaymentOutcome.Changed changed) {
                ledger.addAll(changed.entries());
                payment = changed.payment();
            }
            assertStory(payment, ledger);
        }
    }

    private static void assertStory(Payment payment, List<LedgerEntry> ledger) {
        assertThat(sum(ledger)).as("every job's ledger sums to zero").isZero();
        Map<LedgerAccount, Long> balances = balances(ledger);
        long providerEarned = ledger.stream().filter(e -> e.account().equals(LedgerAccount.provider(PROVIDER.id())))
                .filter(e -> e.kind() == EntryKind.PROVIDER_EARNING || e.kind() == EntryKind.EARNING_REVERSAL)
                .mapToLong(e -> e.amount().minor()).sum();
        long revenue = balances.getOrDefault(LedgerAccount.REVENUE, 0L);
        long holding = balances.getOrDefault(LedgerAccount.HOLDING, 0L);
        long kept = payment.captured().minor() - payment.refunded().minor();

        assertThat(-balances.getOrDefault(LedgerAccount.customer(CUSTOMER.id()), 0L)).as("the customer paid what was kept").isEqualTo(kept);
        assertThat(providerEarned + revenue + holding).as("earnings + revenue + escrow = what was kept").isEqualTo(kept);
        if (payment.released()) {
            assertThat(holding).as("released money is all divided").isZero();
        } else {
            assertThat(providerEarned + revenue).as("nothing divided before release").isZero();
        }
        assertThat(revenue).isBetween(0L, payment.split().fee().minor());
        assertThat(providerEarned).isBetween(0L, payment.split().net().minor());
        assertThat(payment.refundable().isNegative()).isFalse();
    }
}
