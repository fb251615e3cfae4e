package dev.callout.application.payment;

import static dev.callout.application.payment.PaymentWorld.*;
import static dev.callout.application.contract.ContractFixtures.php;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.inmemory.InMemoryGatewayEvents;
import dev.callout.application.inmemory.InMemoryNotifications;
import dev.callout.application.notification.NotifyOnEvents;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.payment.HandleGatewayEventUseCase.WebhookResult;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentEvent;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stripe cancels a hold left uncaptured for 7 days: the payment lapses, its customer is asked again, the job stays payable. */
class LapsedHoldsTest {

    private final PaymentWorld world = new PaymentWorld(true);
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final NotifyOnEvents notify = new NotifyOnEvents(notifications, world.users, world.outbox, world.transactions,
            world.clock, world.ids);

    private Payment held(Job job) {
        Payment payment = world.ok(world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD, null)));
        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        return payment;
    }

    private WebhookResult cancelledAtTheGateway(Payment payment, String eventId) {
        return world.webhooks.handle(world.events.deliverable(new GatewayEvent.IntentChanged(eventId, "payment_intent.canceled",
                new IntentSnapshot(payment.intentId(), null, IntentStatus.CANCELED, php(0)), payment.id())),
                InMemoryGatewayEvents.SIGNATURE);
    }

    private List<PaymentEvent.PaymentUpdated> updates() {
        return world.outbox.events().stream().filter(PaymentEvent.PaymentUpdated.class::isInstance)
                .map(PaymentEvent.PaymentUpdated.class::cast).toList();
    }

    private List<Notification> notificationsOf(dev.callout.domain.user.UserId user) {
        updates().forEach(notify::handle);
        return notifications.list(user, null, new PageRequest(1, 20)).items();
    }

    @Test
    void aHoldTheGatewayCancelledLapsesTheCustomerIsAskedOnceAndANewPaymentHoldsTheCardAgain() {
        Job job = world.job(JobStatus.ACCEPTED);
        Payment first = held(job);

        assertThat(cancelledAtTheGateway(first, "evt_lapse")).isEqualTo(new WebhookResult.Applied("evt_lapse"));

        Payment lapsed = world.payments.byId(first.id()).orElseThrow();
        assertThat(lapsed.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(lapsed.failureCode()).isEqualTo("hold_lapsed");
        assertThat(updates().getLast().failureCode()).isEqualTo("hold_lapsed");
        assertThat(world.ledger.all()).isEmpty();
        assertThat(notificationsOf(CUSTOMER.id())).extracting(Notification::type).containsExactly("payment_needed");
        assertThat(notificationsOf(CUSTOMER.id())).as("each delivery notifies once").hasSize(1);
        assertThat(notificationsOf(CUSTOMER.id()).getFirst().payload()).containsEntry("job_id", job.id().value())
                .containsEntry("payment_id", first.id().value());
        assertThat(notificationsOf(PROVIDER.id())).isEmpty();

        Payment again = held(job);
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(again.intentId()).isNotEqualTo(first.intentId());
    }

    @Test
    void aHoldReleasedBecauseTheJobWentIsCancelledNotLapsed() {
        Job job = world.job(JobStatus.ACCEPTED);
        Payment payment = held(job);

        world.onJobEvents.handle(new dev.callout.domain.job.JobEvent.JobStatusChanged(job.id(), CUSTOMER.id(), PROVIDER.id(),
                JobStatus.ACCEPTED, JobStatus.CANCELLED, dev.callout.domain.user.Role.CUSTOMER, "changed plans", T0));
        cancelledAtTheGateway(payment, "evt_cancelled");

        Payment cancelled = world.payments.byId(payment.id()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(cancelled.failureCode()).isNull();
        assertThat(notificationsOf(CUSTOMER.id())).extracting(Notification::type).doesNotContain("payment_needed");
    }

    @Test
    void aCaptureRefusedBecauseTheHoldLapsedFindsItLapsedToo() {
        Job job = world.job(JobStatus.IN_PROGRESS);
        Payment payment = held(job);
        world.gateway.cancel(payment.intentId(), "stripe-after-7-days");

        world.onJobEvents.handle(new dev.callout.domain.job.JobEvent.JobStatusChanged(job.id(), CUSTOMER.id(), PROVIDER.id(),
                JobStatus.IN_PROGRESS, JobStatus.COMPLETED, dev.callout.domain.user.Role.PROVIDER, null, T0));

        Payment lapsed = world.payments.byId(payment.id()).orElseThrow();
        assertThat(lapsed.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(lapsed.failureCode()).isEqualTo("hold_lapsed");
        assertThat(world.payments.liveForJob(job.id())).isEmpty();
    }
}
