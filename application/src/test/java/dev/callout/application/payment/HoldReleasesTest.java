package dev.callout.application.payment;

import static dev.callout.application.payment.PaymentWorld.*;
import static dev.callout.application.contract.ContractFixtures.php;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.payment.HoldReleases.Release;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.user.Role;
import org.junit.jupiter.api.Test;

/** Before a moderation delete: a hold is released at the gateway, captured money is never touched. */
class HoldReleasesTest {

    private final PaymentWorld world = new PaymentWorld(true);
    private final HoldReleases holds = new HoldReleases(world.payments, world.ledger, world.gateway, world.outbox,
            world.transactions, world.clock);

    private Payment pay(Job job, PaymentMethod method) {
        return world.ok(world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), method, null)));
    }

    @Test
    void aHeldCardIsCancelledAtTheGatewayAndNoMoneyMoves() {
        Job job = world.job(JobStatus.ACCEPTED);
        Payment held = pay(job, PaymentMethod.CARD);
        assertThat(held.status()).isEqualTo(PaymentStatus.AUTHORIZED);

        assertThat(holds.release(job.id())).isEqualTo(new Release.Released(held.id()));

        assertThat(world.payments.byId(held.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(world.gateway.calls()).filteredOn(call -> call.operation().equals("cancel"))
                .extracting(call -> call.intentId()).containsExactly(held.intentId());
        assertThat(world.ledger.all()).isEmpty();
        assertThat(holds.release(job.id())).as("nothing live is left").isEqualTo(new Release.Released(null));
    }

    @Test
    void aPendingCashPaymentIsCancelledWithoutTheGateway() {
        Job job = world.job(JobStatus.COMPLETED);
        Payment cash = pay(job, PaymentMethod.CASH);

        assertThat(holds.release(job.id())).isEqualTo(new Release.Released(cash.id()));

        assertThat(world.payments.byId(cash.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(world.gateway.calls()).noneMatch(call -> call.operation().equals("cancel"));
    }

    @Test
    void capturedMoneyIsNeitherRefundedNorReleased() {
        Job job = world.job(JobStatus.IN_PROGRESS);
        Payment held = pay(job, PaymentMethod.CARD);
        world.onJobEvents.handle(new JobEvent.JobStatusChanged(job.id(), CUSTOMER.id(), PROVIDER.id(), JobStatus.IN_PROGRESS,
                JobStatus.COMPLETED, Role.PROVIDER, null, T0));
        Payment captured = world.payments.byId(held.id()).orElseThrow();
        assertThat(captured.status()).isEqualTo(PaymentStatus.COMPLETED);
        int calls = world.gateway.calls().size();

        assertThat(holds.release(job.id())).isEqualTo(new Release.MoneyCaptured());

        assertThat(world.payments.byId(held.id()).orElseThrow()).isEqualTo(captured);
        assertThat(world.gateway.calls()).hasSize(calls);
    }

    @Test
    void aCancellationTheGatewayDidNotAnswerIsPendingAndTheSweeperFinishesIt() {
        Job job = world.job(JobStatus.ACCEPTED);
        Payment held = pay(job, PaymentMethod.CARD);
        world.gateway.becomeUnavailableFor(10);

        assertThat(holds.release(job.id())).isEqualTo(new Release.GatewayPending());
        assertThat(world.payments.byId(held.id()).orElseThrow().status()).isEqualTo(PaymentStatus.AUTHORIZED);

        world.gateway.becomeUnavailableFor(0);
        assertThat(holds.release(job.id())).as("asked again").isEqualTo(new Release.Released(held.id()));
        assertThat(world.payments.byId(held.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
    }

    @Test
    void aRefusedCardsIntentIsCancelledAtTheGatewayBeforeTheDelete() {
        PaymentWorld stripeLike = new PaymentWorld(false);
        HoldReleases releases = new HoldReleases(stripeLike.payments, stripeLike.ledger, stripeLike.gateway, stripeLike.outbox,
                stripeLike.transactions, stripeLike.clock);
        Job job = stripeLike.job(JobStatus.ACCEPTED);
        Payment refused = stripeLike.ok(stripeLike.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD, null)));
        stripeLike.gateway.declineCards("card_declined");
        stripeLike.gateway.confirm(refused.intentId());
        stripeLike.webhooks.handle(stripeLike.events.deliverable(new GatewayEvent.IntentFailed("evt_declined",
                "payment_intent.payment_failed", refused.intentId(), refused.id(), "card_declined", "Your card was declined.")),
                dev.callout.application.inmemory.InMemoryGatewayEvents.SIGNATURE);
        assertThat(stripeLike.payments.byId(refused.id()).orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        stripeLike.gateway.declineCards(null);
        Payment waiting = stripeLike.ok(stripeLike.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD, null)));
        stripeLike.gateway.becomeUnavailableFor(1);

        assertThat(releases.release(job.id())).as("the gateway did not answer for the refused one")
                .isEqualTo(new Release.GatewayPending());
        assertThat(stripeLike.payments.byId(waiting.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(releases.release(job.id())).as("asked again").isEqualTo(new Release.Released(null));

        assertThat(stripeLike.gateway.calls()).filteredOn(call -> call.operation().equals("cancel")).extracting(call -> call.intentId())
                .contains(refused.intentId(), waiting.intentId());
        assertThat(stripeLike.gateway.retrieve(refused.intentId())).isEqualTo(new GatewayResult.Done<>(new IntentSnapshot(
                refused.intentId(), refused.clientSecret(), IntentStatus.CANCELED, php(0))));
        Payment cancelled = stripeLike.payments.byId(refused.id()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(cancelled.failureCode()).as("why it failed stays").isEqualTo("card_declined");
    }
}
