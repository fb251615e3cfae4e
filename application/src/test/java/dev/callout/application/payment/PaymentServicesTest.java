package dev.callout.application.payment;

import static dev.callout.application.payment.PaymentWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.PageRequest;
import dev.callout.application.development.SimulatedPaymentGateway;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.payment.RefundPaymentUseCase.RefundPaymentCommand;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.payment.GatewayCall;
import dev.callout.domain.payment.LedgerAccount;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentEvent;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentRejection;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.payment.PayoutAccount;
import dev.callout.domain.user.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentServicesTest {

    private final PaymentWorld world = new PaymentWorld(true);

    private PaymentResult pay(Job job, PaymentMethod method) {
        return world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), method, null));
    }

    @Test
    void aCardIsHeldThenCapturedWhenTheCustomerReleasesIt() {
        Job job = world.job(JobStatus.ACCEPTED);
        Payment held = world.ok(pay(job, PaymentMethod.CARD));
        assertThat(held.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(held.clientSecret()).startsWith(held.intentId() + "_secret_");
        assertThat(world.ledger.all()).isEmpty();

        Payment released = world.ok(world.commands.release(CUSTOMER, held.id()));

        assertThat(released.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(world.balance(LedgerAccount.REVENUE)).isEqualTo(7_129);
        assertThat(world.balance(LedgerAccount.provider(PROVIDER.id()))).isEqualTo(87_921);
        assertThat(world.balance(LedgerAccount.customer(CUSTOMER.id()))).isEqualTo(-95_050);
        assertThat(world.jobSum(job)).isZero();
        assertThat(world.gateway.calls()).extracting(c -> c.operation() + ":" + c.idempotencyKey()).containsExactly(
                "create:" + GatewayCall.CREATE.idempotencyKey(held.id()), "capture:" + GatewayCall.CAPTURE.idempotencyKey(held.id()));
        assertThat(world.commands.release(CUSTOMER, held.id())).as("releasing again changes nothing, and says so")
                .isInstanceOfSatisfying(PaymentResult.AlreadyReleased.class,
                        again -> assertThat(again.payment()).isEqualTo(world.payments.byId(held.id()).orElseThrow()));
        assertThat(world.gateway.calls()).hasSize(2);
    }

    @Test
    void aConnectedProviderIsPaidWithTheChargeLessTheApplicationFee() {
        world.payoutAccounts.save(new PayoutAccount(PROVIDER.id(), "acct_pedro", T0, T0));
        Job job = world.job(JobStatus.ACCEPTED);
        Payment held = world.ok(pay(job, PaymentMethod.CARD));
        assertThat(world.gateway.destinationOf(held.intentId())).isEqualTo("acct_pedro");

        world.onJobEvents.handle(completed(job));

        assertThat(world.payments.byId(held.id()).orElseThrow().status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(world.balance(LedgerAccount.providerExternal(PROVIDER.id()))).isEqualTo(87_921);
        assertThat(world.providerEarned(PROVIDER.id())).isEqualTo(87_921);
        assertThat(world.ledger.earnings(PROVIDER.id(), null, null)).singleElement()
                .satisfies(s -> assertThat(s.pendingPayout().minor()).isZero());
    }

    @Test
    void aCompletedJobCapturesItsHoldAndACancelledOneReleasesIt() {
        Job done = world.job(JobStatus.ACCEPTED);
        Payment first = world.ok(pay(done, PaymentMethod.CARD));
        world.onJobEvents.handle(completed(done));
        world.onJobEvents.handle(completed(done)); // delivered twice
        assertThat(world.payments.byId(first.id()).orElseThrow().status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(world.gateway.calls()).filteredOn(c -> c.operation().equals("capture")).hasSize(1);

        assertThat(world.ok(world.commands.release(CUSTOMER, first.id())).customerReleased())
                .as("the customer's own release after the completion's: recorded, once").isTrue();
        assertThat(world.commands.release(CUSTOMER, first.id())).isInstanceOf(PaymentResult.AlreadyReleased.class);

        Job cancelled = world.job(JobStatus.ACCEPTED);
        Payment second = world.ok(pay(cancelled, PaymentMethod.CARD));
        world.onJobEvents.handle(new JobEvent.JobStatusChanged(cancelled.id(), CUSTOMER.id(), PROVIDER.id(), JobStatus.ACCEPTED,
                JobStatus.CANCELLED, Role.CUSTOMER, "changed my mind", T0));
        assertThat(world.payments.byId(second.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(world.ledger.forJob(cancelled.id())).isEmpty();
        assertThat(world.onJobEvents.handles("job.status_changed")).isTrue();
        assertThat(world.onJobEvents.handles("job.posted")).isFalse();
    }

    @Test
    void aSecondPaymentForAPaidJobIsRefused() {
        Job job = world.job(JobStatus.COMPLETED);
        world.ok(pay(job, PaymentMethod.CASH));
        assertThat(pay(job, PaymentMethod.CARD)).isEqualTo(new PaymentResult.Refused(PaymentRejection.ALREADY_PAID));
        assertThat(pay(job, PaymentMethod.CASH)).isEqualTo(new PaymentResult.Refused(PaymentRejection.ALREADY_PAID));
        assertThat(world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD,
                new MoneyInput(new BigDecimal("950.50"), null)))).as("the paid amount: paid already")
                .isEqualTo(new PaymentResult.Refused(PaymentRejection.ALREADY_PAID));
        assertThat(world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD,
                new MoneyInput(new BigDecimal("951"), null)))).as("another amount is the request's mistake")
                .isEqualTo(new PaymentResult.Refused(PaymentRejection.AMOUNT_MISMATCH));
    }

    @Test
    void cashWaitsForCompletionAndTheAssignedProvider() {
        assertThat(pay(world.job(JobStatus.IN_PROGRESS), PaymentMethod.CASH))
                .isEqualTo(new PaymentResult.Refused(PaymentRejection.JOB_NOT_COMPLETED));
        Job job = world.job(JobStatus.COMPLETED);
        Payment pending = world.ok(pay(job, PaymentMethod.CASH));
        assertThat(pending.status()).isEqualTo(PaymentStatus.PENDING);

        assertThat(world.commands.confirm(OTHER_PROVIDER, pending.id())).isInstanceOf(PaymentResult.NotFound.class);
        assertThat(world.commands.confirm(CUSTOMER, pending.id()))
                .isEqualTo(new PaymentResult.Refused(PaymentRejection.NOT_ASSIGNED_PROVIDER));
        Payment confirmed = world.ok(world.commands.confirm(PROVIDER, pending.id()));

        assertThat(confirmed.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(world.balance(LedgerAccount.provider(PROVIDER.id()))).as("the provider owes the fee").isEqualTo(-7_129);
        assertThat(world.gateway.calls()).isEmpty();
    }

    @Test
    void walletsTheGatewayDoesNotSupportAreRefused() {
        assertThat(pay(world.job(JobStatus.COMPLETED), PaymentMethod.GCASH))
                .isEqualTo(new PaymentResult.Refused(PaymentRejection.METHOD_NOT_SUPPORTED));
        assertThat(world.payments.list(new PaymentQuery(new PaymentQuery.Scope.All(), new PageRequest(1, 10))).total()).isZero();
    }

    @Test
    void anotherCustomersJobIsNotFoundAndAWrongAmountIsRefused() {
        Job job = world.job(JobStatus.ACCEPTED);
        assertThat(world.create.create(new CreatePaymentCommand(OTHER_CUSTOMER, job.id(), PaymentMethod.CARD, null)))
                .isInstanceOf(PaymentResult.NotFound.class);
        assertThat(world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD,
                new MoneyInput(new BigDecimal("950.49"), null)))).isEqualTo(new PaymentResult.Refused(PaymentRejection.AMOUNT_MISMATCH));
        assertThat(world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD,
                new MoneyInput(new BigDecimal("950.505"), null)))).isInstanceOf(PaymentResult.Invalid.class);
        assertThat(world.ok(world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD,
                new MoneyInput(new BigDecimal("950.5"), "PHP")))).status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void aGatewayThatDoesNotAnswerIsRetriedLaterWithTheSameKey() {
        Job job = world.job(JobStatus.ACCEPTED);
        world.gateway.becomeUnavailableFor(1);

        PaymentResult first = pay(job, PaymentMethod.CARD);
        assertThat(first).isInstanceOf(PaymentResult.GatewayUnavailable.class);
        Payment pending = world.payments.liveForJob(job.id()).orElseThrow();
        assertThat(pending.pendingCall()).isEqualTo(GatewayCall.CREATE);

        assertThat(world.sweeper.settlePending(Duration.ofSeconds(30), 10)).as("too young for the sweeper").isZero();
        world.clock.advance(Duration.ofMinutes(1));
        assertThat(world.sweeper.settlePending(Duration.ofSeconds(30), 10)).isEqualTo(1);

        Payment held = world.payments.byId(pending.id()).orElseThrow();
        assertThat(held.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(world.gateway.calls()).extracting(SimulatedPaymentGateway.Call::idempotencyKey)
                .containsExactly(GatewayCall.CREATE.idempotencyKey(pending.id()), GatewayCall.CREATE.idempotencyKey(pending.id()));
    }

    @Test
    void aSecondPaymentWhileTheFirstOnesGatewayCallIsOutIsRefused() {
        Job job = world.job(JobStatus.ACCEPTED);
        world.gateway.becomeUnavailableFor(1);
        assertThat(pay(job, PaymentMethod.CARD)).isInstanceOf(PaymentResult.GatewayUnavailable.class);

        assertThat(pay(job, PaymentMethod.CARD)).isEqualTo(new PaymentResult.Refused(PaymentRejection.ALREADY_PAID));
        assertThat(world.gateway.calls()).as("the refused repeat made no gateway call").hasSize(1);
        assertThat(world.payments.list(new PaymentQuery(new PaymentQuery.Scope.All(), new PageRequest(1, 10))).total()).isOne();
    }

    @Test
    void theNewPaymentIsHandedOverWhereItIsRecordedAsItStandsThere() {
        List<PaymentResult> recorded = new ArrayList<>();
        Job card = world.job(JobStatus.ACCEPTED);
        PaymentResult held = world.create.create(new CreatePaymentCommand(CUSTOMER, card.id(), PaymentMethod.CARD, null),
                recorded::add);
        Job cash = world.job(JobStatus.COMPLETED);
        world.create.create(new CreatePaymentCommand(CUSTOMER, cash.id(), PaymentMethod.CASH, null), recorded::add);

        assertThat(recorded).hasSize(2);
        assertThat(recorded.getFirst()).as("the gateway is asked after the commit").isInstanceOfSatisfying(
                PaymentResult.GatewayUnavailable.class, pending -> {
                    assertThat(pending.payment().id()).isEqualTo(world.ok(held).id());
                    assertThat(pending.payment().status()).isEqualTo(PaymentStatus.PENDING);
                });
        assertThat(recorded.get(1)).isInstanceOfSatisfying(PaymentResult.Ok.class,
                ok -> assertThat(ok.payment().method()).isEqualTo(PaymentMethod.CASH));
    }

    @Test
    void aRefundIsHandedOverWhereItIsRecordedBeforeTheGatewayIsAsked() {
        Payment paid = world.ok(pay(world.job(JobStatus.COMPLETED), PaymentMethod.CARD));
        List<RefundPaymentUseCase.RefundResult> recorded = new ArrayList<>();

        RefundPaymentUseCase.RefundResult refunded = world.refunds.refund(new RefundPaymentCommand(ADMIN, paid.id(),
                new MoneyInput(new BigDecimal("300.00"), null), "the tap still drips"), recorded::add);

        assertThat(recorded).singleElement().satisfies(kept -> {
            assertThat(kept.refundId()).isEqualTo(refunded.refundId());
            assertThat(kept.result()).isInstanceOfSatisfying(PaymentResult.GatewayUnavailable.class,
                    pending -> assertThat(pending.payment().unsentRefunds()).singleElement()
                            .satisfies(refund -> assertThat(refund.id()).isEqualTo(refunded.refundId())));
        });
        assertThat(world.ok(refunded.result()).status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void aDeclinedCardFailsThePaymentAndAnotherMayBeMade() {
        Job job = world.job(JobStatus.ACCEPTED);
        world.gateway.declineCards("card_declined");
        PaymentResult declined = pay(job, PaymentMethod.CARD);
        assertThat(declined).isInstanceOfSatisfying(PaymentResult.Declined.class, d -> {
            assertThat(d.code()).isEqualTo("card_declined");
            assertThat(d.payment().status()).isEqualTo(PaymentStatus.FAILED);
        });
        world.gateway.declineCards(null);
        assertThat(world.ok(pay(job, PaymentMethod.CARD)).status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void anAdminRefundsPartThroughTheGatewayNeverMoreThanCapturedLessRefunded() {
        Job job = world.job(JobStatus.COMPLETED);
        Payment paid = world.ok(pay(job, PaymentMethod.CARD));
        assertThat(paid.status()).as("a completed job's card is captured at once").isEqualTo(PaymentStatus.COMPLETED);

        RefundPaymentUseCase.RefundResult partial = world.refunds.refund(new RefundPaymentCommand(ADMIN, paid.id(),
                new MoneyInput(new BigDecimal("300.00"), null), "the tap still drips"));
        Payment afterPartial = world.ok(partial.result());
        assertThat(afterPartial.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(afterPartial.refunds()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(partial.refundId());
            assertThat(r.gatewayRefundId()).startsWith("re_");
        });
        assertThat(world.gateway.refundedOn(paid.intentId()).minor()).isEqualTo(30_000);

        assertThat(world.refunds.refund(new RefundPaymentCommand(ADMIN, paid.id(), new MoneyInput(new BigDecimal("650.51"), null),
                "too much")).result()).isEqualTo(new PaymentResult.Refused(PaymentRejection.REFUND_EXCEEDS_CAPTURED));
        assertThat(world.refunds.refund(new RefundPaymentCommand(CUSTOMER, paid.id(), null, "mine")).result())
                .isEqualTo(new PaymentResult.Refused(PaymentRejection.ROLE_NOT_ALLOWED));
        assertThatThrownBy(() -> new RefundPaymentCommand(ADMIN, paid.id(), null, " ")).isInstanceOf(InvalidCommandException.class);

        Payment full = world.ok(world.refunds.refund(new RefundPaymentCommand(ADMIN, paid.id(), null, "the rest")).result());
        assertThat(full.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(world.balance(LedgerAccount.REVENUE)).isZero();
        assertThat(world.providerEarned(PROVIDER.id())).isZero();
        assertThat(world.jobSum(job)).isZero();
    }

    @Test
    void historyIsScopedWithTotalsAndPaymentsAreVisibleToPartiesAndAdminsOnly() {
        Job job = world.job(JobStatus.COMPLETED);
        Payment paid = world.ok(pay(job, PaymentMethod.CARD));

        ListPaymentsUseCase.PaymentHistory customer = world.queries.list(CUSTOMER, new PageRequest(1, 20));
        assertThat(customer.payments().items()).extracting(Payment::id).containsExactly(paid.id());
        assertThat(customer.totals()).singleElement().satisfies(t -> {
            assertThat(t.paid().minor()).isEqualTo(95_050);
            assertThat(t.received().minor()).isZero();
        });
        assertThat(world.queries.list(PROVIDER, new PageRequest(1, 20)).totals()).singleElement()
                .satisfies(t -> assertThat(t.received().minor()).isEqualTo(87_921));
        assertThat(world.queries.list(ADMIN, new PageRequest(1, 20)).totals()).singleElement()
                .satisfies(t -> assertThat(t.received().minor()).isEqualTo(7_129));
        assertThat(world.queries.list(OTHER_CUSTOMER, new PageRequest(1, 20)).payments().items()).isEmpty();

        assertThat(world.queries.get(CUSTOMER, paid.id())).isPresent();
        assertThat(world.queries.get(PROVIDER, paid.id())).isPresent();
        assertThat(world.queries.get(ADMIN, paid.id())).isPresent();
        assertThat(world.queries.get(OTHER_CUSTOMER, paid.id())).isEmpty();
        assertThat(world.queries.get(OTHER_PROVIDER, paid.id())).isEmpty();
        assertThat(world.queries.liveForJob(CUSTOMER, job.id()).map(Payment::id)).contains(paid.id());
        assertThat(world.queries.liveForJob(PROVIDER, job.id()).map(Payment::id)).contains(paid.id());
        assertThat(world.queries.liveForJob(OTHER_CUSTOMER, job.id())).isEmpty();
        assertThat(world.queries.liveForJob(CUSTOMER, world.job(JobStatus.COMPLETED).id())).isEmpty();
    }

    @Test
    void earningsAreSummedForThePeriodAndListedNewestFirst() {
        Payment first = world.ok(pay(world.job(JobStatus.COMPLETED), PaymentMethod.CARD));
        world.clock.advance(Duration.ofDays(2));
        world.ok(pay(world.job(JobStatus.COMPLETED), PaymentMethod.CARD));
        world.refunds.refund(new RefundPaymentCommand(ADMIN, first.id(), new MoneyInput(new BigDecimal("100.00"), null), "late"));

        GetEarningsUseCase.Earnings all = world.queries.earnings(PROVIDER, null, null, new PageRequest(1, 2));
        assertThat(all.entries().total()).isEqualTo(3);
        assertThat(all.entries().items()).hasSize(2);
        assertThat(all.entries().items().getFirst().amount().isNegative()).as("the reversal is newest").isTrue();
        long reversal = all.entries().items().getFirst().amount().minor();
        assertThat(all.summary()).singleElement().satisfies(s -> {
            assertThat(s.totalEarned().minor()).isEqualTo(2 * 87_921 + reversal);
            assertThat(s.pendingPayout().minor()).isEqualTo(2 * 87_921 + reversal);
        });

        GetEarningsUseCase.Earnings firstDay = world.queries.earnings(PROVIDER, T0.minusSeconds(1), T0.plus(Duration.ofDays(1)),
                new PageRequest(1, 20));
        assertThat(firstDay.summary()).singleElement().satisfies(s -> {
            assertThat(s.totalEarned().minor()).isEqualTo(87_921);
            assertThat(s.pendingPayout().minor()).as("pending is now, whatever the period").isEqualTo(2 * 87_921 + reversal);
        });
        assertThatThrownBy(() -> world.queries.earnings(PROVIDER, T0, T0, new PageRequest(1, 20)))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void everyVisibleChangeIsAnEventForBothParties() {
        Job job = world.job(JobStatus.ACCEPTED);
        Payment held = world.ok(pay(job, PaymentMethod.CARD));
        world.commands.release(CUSTOMER, held.id());

        assertThat(world.outbox.events()).allSatisfy(e -> assertThat(e.type()).isEqualTo("payment.updated"))
                .extracting(e -> ((PaymentEvent.PaymentUpdated) e).status())
                .containsExactly(PaymentStatus.PENDING, PaymentStatus.AUTHORIZED, PaymentStatus.COMPLETED);
    }

    private static JobEvent completed(Job job) {
        return new JobEvent.JobStatusChanged(job.id(), job.customerId(), job.providerId(), JobStatus.IN_PROGRESS,
                JobStatus.COMPLETED, Role.PROVIDER, null, T0);
    }
}
