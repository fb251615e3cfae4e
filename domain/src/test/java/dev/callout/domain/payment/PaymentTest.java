package dev.callout.domain.payment;

import static dev.callout.domain.payment.PaymentFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private final List<LedgerEntry> ledger = new ArrayList<>();

    private Payment apply(PaymentOutcome outcome) {
        PaymentOutcome.Changed changed = changed(outcome);
        ledger.addAll(changed.entries());
        return changed.payment();
    }

    private Payment openCard(JobStatus status, String payoutAccount) {
        return apply(Payment.open(PAYMENT_ID, job(status), CUSTOMER, PaymentMethod.CARD, null, payoutAccount,
                HoldWindow.STRIPE, false, T0));
    }

    private static IntentSnapshot intent(IntentStatus status, String received) {
        return new IntentSnapshot("pi_1", "pi_1_secret_x", status, thb(received));
    }

    @Test
    void aHoldTheGatewayCancelledUnaskedLapsesButOneReleasedForACancelledJobDoesNot() {
        Payment held = apply(openCard(JobStatus.ACCEPTED, null).observe(intent(IntentStatus.REQUIRES_CAPTURE, "0"),
                GatewayCall.CREATE, T0));

        Payment lapsed = apply(held.observe(intent(IntentStatus.CANCELED, "0"), null, T0.plusSeconds(7 * 86_400)));
        assertThat(lapsed.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(lapsed.failureCode()).isEqualTo("hold_lapsed");
        assertThat(changed(held.observe(intent(IntentStatus.CANCELED, "0"), null, T0)).events())
                .extracting(event -> ((PaymentEvent.PaymentUpdated) event).failureCode()).containsExactly("hold_lapsed");

        Payment released = apply(apply(held.cancel(T0)).observe(intent(IntentStatus.CANCELED, "0"), GatewayCall.CANCEL, T0));
        assertThat(released.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(released.failureCode()).isNull();
    }

    @Test
    void aRefusedCardsIntentIsCancelledOnceItsJobGoesAndKeepsWhyItFailed() {
        Payment created = apply(openCard(JobStatus.ACCEPTED, null).observe(intent(IntentStatus.AWAITING_CUSTOMER, "0"),
                GatewayCall.CREATE, T0));
        Payment refused = apply(created.failed("card_declined", "Your card was declined.", null, T0));
        assertThat(refused.status()).isEqualTo(PaymentStatus.FAILED);

        Payment asked = apply(refused.cancel(T0));
        assertThat(asked.pendingCall()).isEqualTo(GatewayCall.CANCEL);
        Payment cancelled = apply(asked.observe(intent(IntentStatus.CANCELED, "0"), GatewayCall.CANCEL, T0));
        assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(cancelled.failureCode()).isEqualTo("card_declined");
        assertThat(cancelled.pendingCall()).isNull();
    }

    @Test
    void aCardIsHeldAfterAcceptanceAndCapturedOnReleaseWithTheFeeAndTheNetSplit() {
        Payment opened = openCard(JobStatus.ACCEPTED, null);
        assertThat(opened.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(opened.pendingCall()).isEqualTo(GatewayCall.CREATE);
        assertThat(opened.plan()).isEqualTo(HoldPlan.AUTHORISE);

        Payment held = apply(opened.observe(intent(IntentStatus.REQUIRES_CAPTURE, "0"), GatewayCall.CREATE, T0));
        assertThat(held.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(held.pendingCall()).isNull();
        assertThat(held.clientSecret()).isEqualTo("pi_1_secret_x");
        assertThat(ledger).isEmpty();

        Payment capturing = apply(held.release(CUSTOMER, T0.plusSeconds(60)));
        assertThat(capturing.pendingCall()).isEqualTo(GatewayCall.CAPTURE);
        assertThat(capturing.status()).isEqualTo(PaymentStatus.AUTHORIZED);

        Payment done = apply(capturing.observe(intent(IntentStatus.SUCCEEDED, "1500.00"), GatewayCall.CAPTURE, T0.plusSeconds(61)));
        assertThat(done.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(done.pendingCall()).isNull();
        Map<LedgerAccount, Long> balances = balances(ledger);
        assertThat(balances).containsEntry(LedgerAccount.customer(CUSTOMER.id()), -150_000L)
                .containsEntry(LedgerAccount.REVENUE, 7_500L)
                .containsEntry(LedgerAccount.provider(PROVIDER.id()), 142_500L)
                .containsEntry(LedgerAccount.HOLDING, 0L);
        assertThat(sum(ledger)).isZero();
    }

    @Test
    void aCardHeldAtPostingWaitsForItsProviderAndIsCapturedForThemOnceTheWorkIsDone() {
        assertThat(refusal(Payment.openAtPosting(PAYMENT_ID, job(JobStatus.ACCEPTED), CUSTOMER, null, HoldWindow.STRIPE, T0)))
                .as("taken already: paid as any taken job is").isEqualTo(PaymentRejection.JOB_NOT_PAYABLE);
        assertThat(refusal(Payment.openAtPosting(PAYMENT_ID, job(JobStatus.REQUESTED), OTHER_PROVIDER, null, HoldWindow.STRIPE,
                T0))).isEqualTo(PaymentRejection.ROLE_NOT_ALLOWED);
        assertThat(refusal(Payment.openAtPosting(PAYMENT_ID, job(JobStatus.REQUESTED), CUSTOMER, thb("1499.99"),
                HoldWindow.STRIPE, T0))).isEqualTo(PaymentRejection.AMOUNT_MISMATCH);
        Payment opened = apply(Payment.openAtPosting(PAYMENT_ID, job(JobStatus.REQUESTED), CUSTOMER, thb("1500"),
                HoldWindow.STRIPE, T0));
        assertThat(opened.providerId()).isNull();
        assertThat(opened.payoutAccount()).as("nobody's account to transfer to").isNull();
        assertThat(opened.plan()).isEqualTo(HoldPlan.AUTHORISE);
        assertThat(opened.pendingCall()).isEqualTo(GatewayCall.CREATE);
        Payment held = apply(opened.observe(intent(IntentStatus.REQUIRES_CAPTURE, "0"), GatewayCall.CREATE, T0));

        assertThat(refusal(held.release(CUSTOMER, T0))).as("nobody to release it to").isEqualTo(PaymentRejection.NOT_RELEASABLE);
        assertThat(held.release(null, T0)).isInstanceOf(PaymentOutcome.Unchanged.class);
        Payment taken = apply(held.assign(PROVIDER.id(), T0.plusSeconds(60)));
        assertThat(taken.providerId()).isEqualTo(PROVIDER.id());
        assertThat(taken.isVisibleTo(PROVIDER)).isTrue();
        Payment withdrawn = apply(taken.assign(null, T0.plusSeconds(90)));
        assertThat(withdrawn.isVisibleTo(PROVIDER)).isFalse();
        Payment retaken = apply(withdrawn.assign(OTHER_PROVIDER.id(), T0.plusSeconds(120)));
        assertThat(retaken.assign(OTHER_PROVIDER.id(), T0)).isInstanceOf(PaymentOutcome.Unchanged.class);

        Payment done = apply(apply(retaken.release(null, T0.plusSeconds(600)))
                .observe(intent(IntentStatus.SUCCEEDED, "1500.00"), GatewayCall.CAPTURE, T0.plusSeconds(601)));
        assertThat(done.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(balances(ledger)).containsEntry(LedgerAccount.provider(OTHER_PROVIDER.id()), 142_500L)
                .containsEntry(LedgerAccount.REVENUE, 7_500L).containsEntry(LedgerAccount.HOLDING, 0L);
        assertThat(done.assign(PROVIDER.id(), T0)).as("fixed once released").isInstanceOf(PaymentOutcome.Unchanged.class);
    }

    @Test
    void theCustomersOwnReleaseIsRecordedAlsoAfterTheCompletionReleasedTheMoney() {
        Payment held = apply(openCard(JobStatus.ACCEPTED, null).observe(intent(IntentStatus.REQUIRES_CAPTURE, "0"),
                GatewayCall.CREATE, T0));
        Payment byCompletion = apply(apply(held.release(null, T0)).observe(intent(IntentStatus.SUCCEEDED, "1500.00"),
                GatewayCall.CAPTURE, T0));
        assertThat(byCompletion.released()).isTrue();
        assertThat(byCompletion.customerReleased()).isFalse();
        int entries = ledger.size();

        PaymentOutcome.Changed byCustomer = changed(byCompletion.release(CUSTOMER, T0.plusSeconds(5)));
        assertThat(byCustomer.payment().customerReleased()).isTrue();
        assertThat(byCustomer.entries()).as("no money moves twice").isEmpty();
        assertThat(byCustomer.events()).isEmpty();
        assertThat(byCustomer.payment().release(CUSTOMER, T0.plusSeconds(9))).isInstanceOf(PaymentOutcome.Unchanged.class);
        assertThat(byCustomer.payment().release(null, T0.plusSeconds(9))).isInstanceOf(PaymentOutcome.Unchanged.class);
        assertThat(ledger).hasSize(entries);
    }

    @Test
    void aCardHeldAtPostingIsReleasedWhenTheJobIsCancelledBeforeAnyoneTookIt() {
        Payment held = apply(apply(Payment.openAtPosting(PAYMENT_ID, job(JobStatus.REQUESTED), CUSTOMER, null, HoldWindow.STRIPE,
                T0)).observe(intent(IntentStatus.REQUIRES_CAPTURE, "0"), GatewayCall.CREATE, T0));
        Payment cancelling = apply(held.cancel(T0.plusSeconds(30)));
        assertThat(cancelling.pendingCall()).isEqualTo(GatewayCall.CANCEL);
        Payment voided = apply(cancelling.observe(intent(IntentStatus.CANCELED, "0"), GatewayCall.CANCEL, T0.plusSeconds(31)));
        assertThat(voided.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(ledger).isEmpty();
    }

    @Test
    void aProviderWithAConnectedAccountIsPaidWithTheCharge() {
        Payment opened = openCard(JobStatus.ACCEPTED, "acct_helper");
        assertThat(opened.payoutAccount()).isEqualTo("acct_helper");
        Payment held = apply(opened.observe(intent(IntentStatus.REQUIRES_CAPTURE, "0"), GatewayCall.CREATE, T0));
        Payment done = apply(apply(held.release(null, T0)).observe(intent(IntentStatus.SUCCEEDED, "1500.00"), GatewayCall.CAPTURE, T0));

        assertThat(done.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(balances(ledger)).containsEntry(LedgerAccount.provider(PROVIDER.id()), 0L)
                .containsEntry(LedgerAccount.providerExternal(PROVIDER.id()), 142_500L)
                .containsEntry(LedgerAccount.REVENUE, 7_500L);
    }

    @Test
    void aJobScheduledBeyondTheHoldWindowIsChargedNowHeldByThePlatformAndSplitWhenCompleted() {
        Payment opened = apply(Payment.open(PAYMENT_ID, job(JobStatus.ACCEPTED, thb("1500.00"), T0.plus(Duration.ofDays(10))),
                CUSTOMER, PaymentMethod.CARD, null, "acct_helper", HoldWindow.STRIPE, false, T0));
        assertThat(opened.plan()).isEqualTo(HoldPlan.CAPTURE_NOW);
        assertThat(opened.payoutAccount()).as("no transfer before the work is done").isNull();

        Payment captured = apply(opened.observe(intent(IntentStatus.SUCCEEDED, "1500.00"), GatewayCall.CREATE, T0));
        assertThat(captured.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(balances(ledger)).containsEntry(LedgerAccount.HOLDING, 150_000L).doesNotContainKey(LedgerAccount.REVENUE);

        Payment released = apply(captured.release(null, T0.plus(Duration.ofDays(10))));
        assertThat(released.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(balances(ledger)).containsEntry(LedgerAccount.HOLDING, 0L).containsEntry(LedgerAccount.REVENUE, 7_500L);
    }

    @Test
    void cashIsConfirmedByTheAssignedProviderWhoThenOwesTheFee() {
        Payment opened = apply(Payment.open(PAYMENT_ID, job(JobStatus.COMPLETED), CUSTOMER, PaymentMethod.CASH, thb("1500"),
                null, HoldWindow.STRIPE, false, T0));
        assertThat(opened.awaitsGateway()).isFalse();

        assertThat(refusal(opened.confirmCash(OTHER_PROVIDER, T0))).isEqualTo(PaymentRejection.NOT_ASSIGNED_PROVIDER);
        assertThat(refusal(opened.confirmCash(CUSTOMER, T0))).isEqualTo(PaymentRejection.NOT_ASSIGNED_PROVIDER);
        Payment confirmed = apply(opened.confirmCash(PROVIDER, T0));

        assertThat(confirmed.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(confirmed.capturedAt()).isEqualTo(T0);
        assertThat(balances(ledger)).containsEntry(LedgerAccount.provider(PROVIDER.id()), -7_500L)
                .containsEntry(LedgerAccount.providerExternal(PROVIDER.id()), 150_000L)
                .containsEntry(LedgerAccount.REVENUE, 7_500L);
        assertThat(confirmed.confirmCash(PROVIDER, T0)).isInstanceOf(PaymentOutcome.Unchanged.class);
    }

    @Test
    void aCardIsNotACashPayment() {
        assertThat(refusal(openCard(JobStatus.ACCEPTED, null).confirmCash(PROVIDER, T0))).isEqualTo(PaymentRejection.NOT_CASH_PAYMENT);
    }

    @Test
    void aDeploymentWhoseCardsPayAfterCompletionRefusesACardBeforeIt() {
        assertThat(refusal(Payment.open(PAYMENT_ID, job(JobStatus.IN_PROGRESS), CUSTOMER, PaymentMethod.CARD, null, null,
                HoldWindow.STRIPE, true, T0))).isEqualTo(PaymentRejection.JOB_NOT_COMPLETED);
        Payment paid = apply(Payment.open(PAYMENT_ID, job(JobStatus.COMPLETED), CUSTOMER, PaymentMethod.CARD, null, null,
                HoldWindow.STRIPE, true, T0));
        assertThat(paid.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(paid.releaseRequested()).as("the work is done: released once captured").isTrue();
        assertThat(openCard(JobStatus.IN_PROGRESS, null).status()).as("by default a card is held before").isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void openingIsRefusedForTheWrongJobStatesRolesAndAmounts() {
        assertThat(refusal(Payment.open(PAYMENT_ID, job(JobStatus.REQUESTED), CUSTOMER, PaymentMethod.CARD, null, null,
                HoldWindow.STRIPE, false, T0))).isEqualTo(PaymentRejection.JOB_NOT_PAYABLE);
        assertThat(refusal(Payment.open(PAYMENT_ID, job(JobStatus.CANCELLED), CUSTOMER, PaymentMethod.CARD, null, null,
                HoldWindow.STRIPE, false, T0))).isEqualTo(PaymentRejection.JOB_NOT_PAYABLE);
        assertThat(refusal(Payment.open(PAYMENT_ID, job(JobStatus.IN_PROGRESS), CUSTOMER, PaymentMethod.CASH, null, null,
                HoldWindow.STRIPE, false, T0))).isEqualTo(PaymentRejection.JOB_NOT_COMPLETED);
        assertThat(refusal(Payment.open(PAYMENT_ID, job(JobStatus.IN_PROGRESS), CUSTOMER, PaymentMethod.GCASH, null, null,
                HoldWindow.STRIPE, false, T0))).isEqualTo(PaymentRejection.JOB_NOT_COMPLETED);
        assertThat(refusal(Payment.open(PAYMENT_ID, job(JobStatus.ACCEPTED), PROVIDER, PaymentMethod.CARD, null, null,
                HoldWindow.STRIPE, false, T0))).isEqualTo(PaymentRejection.ROLE_NOT_ALLOWED);
        assertThat(refusal(Payment.open(PAYMENT_ID, job(JobStatus.ACCEPTED), CUSTOMER, PaymentMethod.CARD, thb("1499.99"), null,
                HoldWindow.STRIPE, false, T0))).isEqualTo(PaymentRejection.AMOUNT_MISMATCH);
        assertThat(refusal(Payment.open(PAYMENT_ID, job(JobStatus.ACCEPTED), CUSTOMER, PaymentMethod.CARD,
                Money.parse("1500.00", "USD"), null, HoldWindow.STRIPE, false, T0))).isEqualTo(PaymentRejection.CURRENCY_MISMATCH);
    }

    @Test
    void partialRefundsReverseTheFeeAndEarningInProportionAndAFullRefundReversesThemExactly() {
        Payment paid = apply(Payment.open(PAYMENT_ID, job(JobStatus.COMPLETED, thb("999.99"), null), CUSTOMER, PaymentMethod.CASH,
                null, null, HoldWindow.STRIPE, false, T0));
        paid = apply(paid.confirmCash(PROVIDER, T0));
        long fee = paid.split().fee().minor(); // 5% of 99999 = 4999.95 -> 5000

        paid = apply(paid.refund(new RefundId("ref_1"), thb("333.33"), "part of the job undone", ADMIN, T0));
        assertThat(paid.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(paid.refundable()).isEqualTo(thb("666.66"));
        assertThat(balances(ledger).get(LedgerAccount.REVENUE)).isEqualTo(fee - Math.round(fee * 33_333.0 / 99_999));

        assertThat(refusal(paid.refund(new RefundId("ref_2"), thb("666.67"), "too much", ADMIN, T0)))
                .isEqualTo(PaymentRejection.REFUND_EXCEEDS_CAPTURED);
        assertThat(refusal(paid.refund(new RefundId("ref_2"), thb("1.00"), "not an admin", CUSTOMER, T0)))
                .isEqualTo(PaymentRejection.ROLE_NOT_ALLOWED);

        paid = apply(paid.refund(new RefundId("ref_2"), thb("666.66"), "the rest", ADMIN, T0));
        assertThat(paid.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(balances(ledger)).containsEntry(LedgerAccount.REVENUE, 0L)
                .containsEntry(LedgerAccount.customer(CUSTOMER.id()), 0L)
                .containsEntry(LedgerAccount.HOLDING, 0L);
        assertThat(sum(ledger)).isZero();
    }

    @Test
    void gatewayFactsApplyInAnyOrderAndAtMostOnce() {
        Payment opened = openCard(JobStatus.COMPLETED, null);
        assertThat(opened.releaseRequested()).as("a completed job's card is captured as soon as it is held").isTrue();
        // the capture's webhook overtakes the authorisation's and the create call's answer
        Payment captured = apply(opened.observe(intent(IntentStatus.SUCCEEDED, "1500.00"), null, T0));
        assertThat(captured.status()).isEqualTo(PaymentStatus.COMPLETED);
        int entries = ledger.size();

        for (IntentSnapshot late : List.of(intent(IntentStatus.REQUIRES_CAPTURE, "0"), intent(IntentStatus.SUCCEEDED, "1500.00"),
                intent(IntentStatus.AWAITING_CUSTOMER, "0"), intent(IntentStatus.CANCELED, "0"))) {
            PaymentOutcome outcome = captured.observe(late, null, T0.plusSeconds(5));
            if (outcome instanceof PaymentOutcome.Changed changed) {
                assertThat(changed.entries()).isEmpty();
                assertThat(changed.payment().status()).isEqualTo(PaymentStatus.COMPLETED);
            }
        }
        assertThat(ledger).hasSize(entries);
    }

    @Test
    void aCancelledJobReleasesTheHold() {
        Payment held = apply(openCard(JobStatus.ACCEPTED, null).observe(intent(IntentStatus.REQUIRES_CAPTURE, "0"),
                GatewayCall.CREATE, T0));
        Payment cancelling = apply(held.cancel(T0));
        assertThat(cancelling.pendingCall()).isEqualTo(GatewayCall.CANCEL);
        Payment cancelled = apply(cancelling.observe(intent(IntentStatus.CANCELED, "0"), GatewayCall.CANCEL, T0));
        assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(cancelled.isLive()).as("no longer blocks another payment for the job").isFalse();
        assertThat(ledger).isEmpty();
    }

    @Test
    void cancellingMoneyAlreadyChargedForAScheduledJobRefundsItAll() {
        Payment opened = apply(Payment.open(PAYMENT_ID, job(JobStatus.ACCEPTED, thb("1500.00"), T0.plus(Duration.ofDays(10))),
                CUSTOMER, PaymentMethod.CARD, null, null, HoldWindow.STRIPE, false, T0));
        Payment captured = apply(opened.observe(intent(IntentStatus.SUCCEEDED, "1500.00"), GatewayCall.CREATE, T0));

        Payment cancelling = apply(captured.cancel(T0));
        assertThat(cancelling.unsentRefunds()).singleElement().satisfies(r -> assertThat(r.amount()).isEqualTo(thb("1500.00")));
        Refund refund = cancelling.unsentRefunds().getFirst();
        Payment refunded = apply(cancelling.refundAnswered(refund.id(), "re_1", RefundStatus.SUCCEEDED, T0));

        assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(balances(ledger)).containsEntry(LedgerAccount.customer(CUSTOMER.id()), 0L).containsEntry(LedgerAccount.HOLDING, 0L);
    }

    @Test
    void aRefundMadeInTheGatewaysDashboardIsLearnedFromTheChargeTotal() {
        Payment paid = apply(apply(openCard(JobStatus.COMPLETED, null).observe(intent(IntentStatus.SUCCEEDED, "1500.00"), null, T0))
                .refund(new RefundId("ref_ours"), thb("100.00"), "ours", ADMIN, T0));
        // the gateway reports 100 (ours) + 50 (made in the dashboard)
        Payment learned = apply(paid.chargeRefunded("pi_1", thb("1500.00"), thb("150.00"), new RefundId("ref_dashboard"), T0));
        assertThat(learned.refunded()).isEqualTo(thb("150.00"));
        assertThat(learned.refunds()).extracting(Refund::status).containsOnly(RefundStatus.SUCCEEDED);
        // the same total again, or an older smaller one, changes nothing
        assertThat(learned.chargeRefunded("pi_1", thb("1500.00"), thb("150.00"), new RefundId("ref_again"), T0)).isInstanceOf(PaymentOutcome.Unchanged.class);
        assertThat(learned.chargeRefunded("pi_1", thb("1500.00"), thb("100.00"), new RefundId("ref_again"), T0)).isInstanceOf(PaymentOutcome.Unchanged.class);
        assertThat(balances(ledger)).containsEntry(LedgerAccount.customer(CUSTOMER.id()), -135_000L);
    }

    @Test
    void aRefundReportedBeforeItsCaptureCapturesFirst() {
        Payment held = apply(openCard(JobStatus.ACCEPTED, null).observe(intent(IntentStatus.REQUIRES_CAPTURE, "0"), null, T0));
        Payment refunded = apply(held.chargeRefunded("pi_1", thb("1500.00"), thb("200.00"), new RefundId("ref_early"), T0));
        assertThat(refunded.captured()).isEqualTo(thb("1500.00"));
        assertThat(refunded.refunded()).isEqualTo(thb("200.00"));
        assertThat(refunded.observe(intent(IntentStatus.SUCCEEDED, "1500.00"), null, T0)).as("the late capture is known")
                .isInstanceOf(PaymentOutcome.Unchanged.class);
        assertThat(refunded.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(balances(ledger)).containsEntry(LedgerAccount.customer(CUSTOMER.id()), -130_000L);
        assertThat(sum(ledger)).isZero();
    }

    @Test
    void everyVisibleChangeRaisesOnePaymentUpdatedForBothParties() {
        PaymentOutcome.Changed opened = changed(Payment.open(PAYMENT_ID, job(JobStatus.ACCEPTED), CUSTOMER, PaymentMethod.CARD,
                null, null, HoldWindow.STRIPE, false, T0));
        assertThat(opened.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("payment.updated");
            PaymentEvent.PaymentUpdated updated = (PaymentEvent.PaymentUpdated) event;
            assertThat(updated.customerId()).isEqualTo(CUSTOMER.id());
            assertThat(updated.providerId()).isEqualTo(PROVIDER.id());
            assertThat(updated.status()).isEqualTo(PaymentStatus.PENDING);
        });
        PaymentOutcome.Changed released = changed(opened.payment().release(null, T0));
        assertThat(released.events()).as("remembering to capture later is not visible").isEmpty();
    }
}
