package dev.callout.application.payment;

import static dev.callout.application.payment.PaymentWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.development.SimulatedPaymentGateway;
import dev.callout.application.inmemory.InMemoryGatewayEvents;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.payment.HandleGatewayEventUseCase.WebhookResult;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.GatewayCall;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentEvent;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.user.Role;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code callout.payments.hosted-checkout}: a card is paid on the gateway's hosted page, and its webhooks settle it. */
class HostedCheckoutTest {

    private final PaymentWorld world = new PaymentWorld(false, false, true, true);
    private int events;

    private Payment pay(Job job) {
        PaymentResult result = world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD, null));
        return world.ok(result);
    }

    private WebhookResult deliver(GatewayEvent event) {
        return world.webhooks.handle(world.events.deliverable(event), InMemoryGatewayEvents.SIGNATURE);
    }

    private GatewayEvent.CheckoutCompleted completed(Payment payment) {
        IntentSnapshot held = ((GatewayResult.Done<IntentSnapshot>) world.gateway.payCheckout(payment.checkout().id(),
                world.clock.instant())).value();
        return new GatewayEvent.CheckoutCompleted("evt_" + ++events, "checkout.session.completed", payment.checkout().id(),
                held, payment.id());
    }

    @Test
    void theCardPaidOnThePageIsHeldAndCapturedForTheCompletedJobOnceWhateverTheRedeliveries() {
        Job job = world.job(JobStatus.COMPLETED);
        Payment onPage = pay(job);
        assertThat(onPage.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(onPage.pendingCall()).isNull();
        assertThat(onPage.intentId()).isNull();
        assertThat(onPage.clientSecret()).isNull();
        assertThat(onPage.checkout().url()).endsWith(onPage.checkout().id());
        assertThat(onPage.checkout().expiresAt()).isEqualTo(onPage.createdAt().plus(Duration.ofHours(1)));
        assertThat(world.gateway.calls()).extracting(c -> c.operation() + " " + c.idempotencyKey())
                .containsExactly("checkout " + GatewayCall.CHECKOUT.idempotencyKey(onPage.id()));

        GatewayEvent.CheckoutCompleted paid = completed(onPage);
        assertThat(deliver(paid)).isEqualTo(new WebhookResult.Applied(paid.eventId()));

        Payment settled = world.payments.byId(onPage.id()).orElseThrow();
        assertThat(settled.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(settled.intentId()).isEqualTo(paid.intent().intentId());
        assertThat(world.providerEarned(PROVIDER.id())).isEqualTo(job.price().split().net().minor());
        long recorded = world.outbox.events().size();
        long ledgerEntries = world.ledger.all().size();

        assertThat(deliver(paid)).isEqualTo(new WebhookResult.Duplicate(paid.eventId()));
        GatewayEvent.IntentChanged capturedLater = new GatewayEvent.IntentChanged("evt_late", "payment_intent.succeeded",
                new IntentSnapshot(paid.intent().intentId(), null, IntentStatus.SUCCEEDED,
                        job.price().total()), onPage.id());
        assertThat(deliver(capturedLater)).isEqualTo(new WebhookResult.Applied("evt_late"));
        assertThat(world.payments.byId(onPage.id()).orElseThrow()).isEqualTo(settled);
        assertThat(world.outbox.events()).hasSize((int) recorded);
        assertThat(world.ledger.all()).hasSize((int) ledgerEntries);
        assertThat(world.gateway.calls()).extracting(SimulatedPaymentGateway.Call::operation).containsExactly("checkout", "capture");
    }

    @Test
    void anExpiredPageCancelsThePaymentAndTheCustomerPaysAgainOnANewOne() {
        Job job = world.job(JobStatus.COMPLETED);
        Payment first = pay(job);
        world.gateway.checkoutRunsOut(first.checkout().id());

        assertThat(deliver(new GatewayEvent.CheckoutExpired("evt_x", "checkout.session.expired", first.checkout().id(),
                first.id()))).isEqualTo(new WebhookResult.Applied("evt_x"));

        Payment expired = world.payments.byId(first.id()).orElseThrow();
        assertThat(expired.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(expired.failureCode()).isEqualTo("checkout_expired");
        assertThat(world.outbox.events()).filteredOn(PaymentEvent.PaymentUpdated.class::isInstance)
                .map(PaymentEvent.PaymentUpdated.class::cast).extracting(PaymentEvent.PaymentUpdated::status)
                .containsExactly(PaymentStatus.PENDING, PaymentStatus.CANCELLED);
        Payment second = pay(job);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.checkout().id()).isNotEqualTo(first.checkout().id());

        GatewayEvent.CheckoutCompleted paid = completed(second);
        deliver(paid);
        assertThat(world.payments.byId(second.id()).orElseThrow().status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(world.payments.byId(first.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
    }

    @Test
    void aSessionThatIsNotThePaymentsOwnIsIgnoredAndChangesNothing() {
        Payment mine = pay(world.job(JobStatus.COMPLETED));
        GatewayEvent.CheckoutCompleted forged = new GatewayEvent.CheckoutCompleted("evt_f", "checkout.session.completed",
                "cs_someone_else", new IntentSnapshot("pi_forged", null, IntentStatus.SUCCEEDED,
                Money.ofMinor(95_050, "PHP")), mine.id());

        assertThat(deliver(forged)).isInstanceOfSatisfying(WebhookResult.Ignored.class,
                ignored -> assertThat(ignored.reason()).contains("cs_someone_else"));
        assertThat(deliver(new GatewayEvent.CheckoutExpired("evt_e", "checkout.session.expired", "cs_someone_else", mine.id())))
                .isInstanceOf(WebhookResult.Ignored.class);
        assertThat(world.payments.byId(mine.id()).orElseThrow()).isEqualTo(mine);
    }

    @Test
    void aPageTheGatewayCouldNotMakeYetIsMadeByTheSweeperWithTheSameKey() {
        Job job = world.job(JobStatus.COMPLETED);
        world.gateway.becomeUnavailableFor(1);
        PaymentResult waiting = world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD, null));
        assertThat(waiting).isInstanceOf(PaymentResult.GatewayUnavailable.class);

        world.clock.advance(Duration.ofMinutes(1));
        world.sweeper.settlePending(Duration.ofSeconds(30), 10);

        Payment onPage = world.payments.liveForJob(job.id()).orElseThrow();
        assertThat(onPage.checkout()).isNotNull();
        assertThat(onPage.checkout().expiresAt()).as("from the payment's opening, so the repeat is the same request")
                .isEqualTo(onPage.createdAt().plus(Duration.ofHours(1)));
        assertThat(world.gateway.calls()).extracting(SimulatedPaymentGateway.Call::idempotencyKey).containsOnly(
                GatewayCall.CHECKOUT.idempotencyKey(onPage.id()));
    }

    /** A card held from acceptance, paid on the page (no cards-after-completion): its job may still be cancelled. */
    private final PaymentWorld heldFromAcceptance = new PaymentWorld(false, false, true, false);

    private void cancel(Job job) {
        heldFromAcceptance.onJobEvents.handle(new JobEvent.JobStatusChanged(job.id(), CUSTOMER.id(), PROVIDER.id(),
                JobStatus.ACCEPTED, JobStatus.CANCELLED, Role.CUSTOMER, "changed plans", T0));
    }

    @Test
    void aPageWhoseJobWasCancelledIsExpiredAtTheGatewayEvenIfItDidNotAnswerAtFirst() {
        PaymentWorld w = heldFromAcceptance;
        Job job = w.job(JobStatus.ACCEPTED);
        Payment onPage = w.ok(w.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD, null)));
        w.gateway.becomeUnavailableFor(1);

        cancel(job);
        Payment asked = w.payments.byId(onPage.id()).orElseThrow();
        assertThat(asked.pendingCall()).isEqualTo(GatewayCall.EXPIRE);
        assertThat(asked.status()).isEqualTo(PaymentStatus.PENDING);

        w.clock.advance(Duration.ofMinutes(1));
        w.sweeper.settlePending(Duration.ofSeconds(30), 10);

        Payment expired = w.payments.byId(onPage.id()).orElseThrow();
        assertThat(expired.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(expired.failureCode()).as("the job went; the customer let nothing run out").isNull();
        assertThat(expired.pendingCall()).isNull();
        assertThat(w.gateway.calls()).filteredOn(call -> call.operation().equals("expire"))
                .extracting(SimulatedPaymentGateway.Call::idempotencyKey).containsOnly(GatewayCall.EXPIRE.idempotencyKey(onPage.id()))
                .hasSize(2);
        assertThat(w.gateway.payCheckout(onPage.checkout().id(), w.clock.instant())).as("nobody pays for a job that is gone")
                .isInstanceOf(GatewayResult.Rejected.class);
    }

    @Test
    void aPagePaidJustBeforeItsJobWentCannotBeExpiredAndItsHoldIsReleasedOnceItsWebhookComes() {
        PaymentWorld w = heldFromAcceptance;
        Job job = w.job(JobStatus.ACCEPTED);
        Payment onPage = w.ok(w.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD, null)));
        IntentSnapshot held = ((GatewayResult.Done<IntentSnapshot>) w.gateway.payCheckout(onPage.checkout().id(),
                w.clock.instant())).value();

        cancel(job);
        Payment refused = w.payments.byId(onPage.id()).orElseThrow();
        assertThat(refused.pendingCall()).isNull();
        assertThat(refused.status()).isEqualTo(PaymentStatus.PENDING);

        w.webhooks.handle(w.events.deliverable(new GatewayEvent.CheckoutCompleted("evt_paid", "checkout.session.completed",
                onPage.checkout().id(), held, onPage.id())), InMemoryGatewayEvents.SIGNATURE);

        assertThat(w.payments.byId(onPage.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(((GatewayResult.Done<IntentSnapshot>) w.gateway.retrieve(held.intentId())).value().status())
                .isEqualTo(IntentStatus.CANCELED);
        assertThat(w.ledger.all()).isEmpty();
    }
}
