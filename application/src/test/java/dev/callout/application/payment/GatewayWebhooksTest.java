package dev.callout.application.payment;

import static dev.callout.application.payment.PaymentWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.inmemory.InMemoryGatewayEvents;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.payment.HandleGatewayEventUseCase.WebhookResult;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.LedgerAccount;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Webhooks settle what the customer did at the gateway, once, in any order. */
class GatewayWebhooksTest {

    /** Like Stripe: the intent waits for the customer's confirmation, which only webhooks report. */
    private final PaymentWorld world = new PaymentWorld(false);

    private Payment pending(Job job) {
        Payment payment = world.ok(world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CARD, null)));
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.intentId()).isNotNull();
        return payment;
    }

    private String signed(GatewayEvent event) {
        return world.events.deliverable(event);
    }

    @Test
    void aBadSignatureIsRefusedAndChangesNothing() {
        Payment payment = pending(world.job(JobStatus.ACCEPTED));
        world.gateway.confirm(payment.intentId());
        String payload = signed(new GatewayEvent.IntentChanged("evt_1", "payment_intent.amount_capturable_updated",
                new IntentSnapshot(payment.intentId(), null, IntentStatus.REQUIRES_CAPTURE, php(0)), payment.id()));

        assertThat(world.webhooks.handle(payload, "forged")).isInstanceOf(WebhookResult.Refused.class);
        assertThat(world.payments.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(world.webhooks.handle(payload, InMemoryGatewayEvents.SIGNATURE)).isEqualTo(new WebhookResult.Applied("evt_1"));
        assertThat(world.payments.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void reconcilingAsksTheGatewayAndOnlyAPartyMayAsk() {
        Payment payment = pending(world.job(JobStatus.ACCEPTED));
        assertThat(world.ok(world.commands.reconcile(CUSTOMER, payment.intentId())).status())
                .as("nothing confirmed yet").isEqualTo(PaymentStatus.PENDING);
        world.gateway.confirm(payment.intentId());

        assertThat(world.commands.reconcile(OTHER_PROVIDER, payment.intentId())).isInstanceOf(PaymentResult.NotFound.class);
        assertThat(world.commands.reconcile(CUSTOMER, "pi_unknown")).isInstanceOf(PaymentResult.NotFound.class);
        assertThat(world.payments.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);

        assertThat(world.ok(world.commands.reconcile(CUSTOMER, payment.intentId())).status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(world.ok(world.commands.reconcile(CUSTOMER, payment.intentId())).status())
                .as("a repeat changes nothing").isEqualTo(PaymentStatus.AUTHORIZED);
        world.gateway.becomeUnavailableFor(1);
        assertThat(world.commands.reconcile(CUSTOMER, payment.intentId())).isInstanceOf(PaymentResult.GatewayUnavailable.class);
    }

    @Test
    void authorisationOnACompletedJobCapturesAtOnce() {
        Job job = world.job(JobStatus.ACCEPTED);
        Payment payment = pending(job);
        world.onJobEvents.handle(new dev.callout.domain.job.JobEvent.JobStatusChanged(job.id(), job.customerId(), job.providerId(),
                JobStatus.IN_PROGRESS, JobStatus.COMPLETED, dev.callout.domain.user.Role.PROVIDER, null, T0));
        assertThat(world.payments.byId(payment.id()).orElseThrow().releaseRequested()).isTrue();

        world.gateway.confirm(payment.intentId());
        world.webhooks.handle(signed(new GatewayEvent.IntentChanged("evt_auth", "payment_intent.amount_capturable_updated",
                new IntentSnapshot(payment.intentId(), null, IntentStatus.REQUIRES_CAPTURE, php(0)), payment.id())),
                InMemoryGatewayEvents.SIGNATURE);

        assertThat(world.payments.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(world.balance(LedgerAccount.REVENUE)).isEqualTo(7_129);
    }

    @Test
    void eventsDeliveredTenTimesConcurrentlyAndOutOfOrderHaveExactlyOneEffect() throws Exception {
        Job job = world.job(JobStatus.ACCEPTED);
        Payment payment = pending(job);
        String intent = payment.intentId();
        List<String> payloads = new ArrayList<>();
        for (int copy = 0; copy < 10; copy++) {
            payloads.add(signed(new GatewayEvent.IntentChanged("evt_auth", "payment_intent.amount_capturable_updated",
                    new IntentSnapshot(intent, null, IntentStatus.REQUIRES_CAPTURE, php(0)), payment.id())));
            payloads.add(signed(new GatewayEvent.IntentChanged("evt_paid", "payment_intent.succeeded",
                    new IntentSnapshot(intent, null, IntentStatus.SUCCEEDED, php(95_050)), payment.id())));
            payloads.add(signed(new GatewayEvent.ChargeRefunded("evt_refund", "charge.refunded", intent, php(95_050), php(10_000))));
        }
        Collections.shuffle(payloads, new Random(7));

        List<WebhookResult> results = deliverConcurrently(payloads);

        assertThat(results).filteredOn(r -> !(r instanceof WebhookResult.Duplicate)).hasSize(3);
        assertThat(results).filteredOn(r -> r instanceof WebhookResult.Duplicate).hasSize(27);
        Payment settled = world.payments.byId(payment.id()).orElseThrow();
        assertThat(settled.captured()).isEqualTo(php(95_050));
        assertThat(settled.refunded()).isEqualTo(php(10_000));
        assertThat(world.balance(LedgerAccount.customer(CUSTOMER.id()))).isEqualTo(-85_050);
        assertThat(world.jobSum(job)).isZero();
        assertThat(world.balance(LedgerAccount.REVENUE) + world.providerEarned(PROVIDER.id())).isEqualTo(85_050);
    }

    @Test
    void aFailedAttemptThenADisputeAreRecorded() {
        Payment payment = pending(world.job(JobStatus.ACCEPTED));
        world.webhooks.handle(signed(new GatewayEvent.IntentFailed("evt_fail", "payment_intent.payment_failed", payment.intentId(),
                payment.id(), "card_declined", "Your card was declined.")), InMemoryGatewayEvents.SIGNATURE);
        Payment failed = world.payments.byId(payment.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.failureCode()).isEqualTo("card_declined");

        world.webhooks.handle(signed(new GatewayEvent.IntentChanged("evt_ok", "payment_intent.succeeded",
                new IntentSnapshot(payment.intentId(), null, IntentStatus.SUCCEEDED, php(95_050)), payment.id())),
                InMemoryGatewayEvents.SIGNATURE);
        world.webhooks.handle(signed(new GatewayEvent.DisputeCreated("evt_dispute", "charge.dispute.created", payment.intentId(),
                "fraudulent")), InMemoryGatewayEvents.SIGNATURE);

        Payment disputed = world.payments.byId(payment.id()).orElseThrow();
        assertThat(disputed.status()).isEqualTo(PaymentStatus.DISPUTED);
        assertThat(disputed.captured()).isEqualTo(php(95_050));
    }

    @Test
    void eventsAboutUnknownPaymentsAndOtherTypesAreAcknowledgedAsIgnored() {
        assertThat(world.webhooks.handle(signed(new GatewayEvent.Other("evt_x", "customer.created")),
                InMemoryGatewayEvents.SIGNATURE)).isEqualTo(new WebhookResult.Ignored("evt_x",
                "Callout does not act on customer.created events"));
        assertThat(world.webhooks.handle(signed(new GatewayEvent.ChargeRefunded("evt_y", "charge.refunded", "pi_elsewhere",
                php(100), php(100))), InMemoryGatewayEvents.SIGNATURE)).isEqualTo(new WebhookResult.Ignored("evt_y",
                "no payment has the intent pi_elsewhere"));
        assertThat(world.webhooks.handle(signed(new GatewayEvent.DisputeCreated("evt_z", "charge.dispute.created", null, null)),
                InMemoryGatewayEvents.SIGNATURE)).isEqualTo(new WebhookResult.Ignored("evt_z", "the event names no payment intent"));
        assertThat(world.webhooks.handle(signed(new GatewayEvent.Other("evt_x", "customer.created")),
                InMemoryGatewayEvents.SIGNATURE)).as("recorded").isEqualTo(new WebhookResult.Duplicate("evt_x"));
    }

    @Test
    void eventsThatContradictTheirPaymentAreIgnoredAndChangeNothing() {
        Payment payment = pending(world.job(JobStatus.ACCEPTED));
        String intent = payment.intentId();
        Money yen = Money.ofMinor(95_050, "JPY");
        List<GatewayEvent> contradictions = List.of(
                new GatewayEvent.IntentChanged("evt_c1", "payment_intent.succeeded",
                        new IntentSnapshot(intent, null, IntentStatus.SUCCEEDED, yen), payment.id()),
                new GatewayEvent.IntentChanged("evt_c2", "payment_intent.succeeded",
                        new IntentSnapshot(intent, null, IntentStatus.SUCCEEDED, php(95_051)), payment.id()),
                new GatewayEvent.ChargeRefunded("evt_c3", "charge.refunded", intent, yen, Money.ofMinor(0, "JPY")),
                new GatewayEvent.ChargeRefunded("evt_c4", "charge.refunded", intent, php(9_999_999), php(0)),
                new GatewayEvent.ChargeRefunded("evt_c5", "charge.refunded", intent, php(95_050), php(95_051)),
                new GatewayEvent.ChargeRefunded("evt_c6", "charge.refunded", intent, php(1_000), php(2_000)),
                new GatewayEvent.ChargeRefunded("evt_c7", "charge.refunded", intent, php(-1), php(0)));
        List<String> reasons = new ArrayList<>();
        for (GatewayEvent event : contradictions) {
            WebhookResult result = world.webhooks.handle(signed(event), InMemoryGatewayEvents.SIGNATURE);
            assertThat(result).as(event.eventId()).isInstanceOf(WebhookResult.Ignored.class);
            reasons.add(((WebhookResult.Ignored) result).reason());
        }

        assertThat(reasons.get(0)).isEqualTo("the event's amount received is in JPY, payment " + payment.id().value() + " is in PHP");
        assertThat(reasons.get(1)).isEqualTo("the event reports 950.51 PHP received, outside payment " + payment.id().value()
                + "'s 0 to 950.50 PHP");
        assertThat(reasons.get(4)).contains("refunded").contains("outside");
        assertThat(reasons.get(5)).isEqualTo("the event reports more refunded (20.00 PHP) than captured (10.00 PHP)");
        assertThat(world.payments.byId(payment.id())).contains(payment);
        assertThat(world.balance(LedgerAccount.customer(CUSTOMER.id()))).isZero();
        assertThat(world.webhooks.handle(signed(contradictions.getFirst()), InMemoryGatewayEvents.SIGNATURE))
                .isEqualTo(new WebhookResult.Duplicate("evt_c1"));
    }

    @Test
    void anIntentEventNamingACashPaymentIsIgnored() {
        Job job = world.job(JobStatus.COMPLETED);
        Payment cash = world.ok(world.create.create(new CreatePaymentCommand(CUSTOMER, job.id(), PaymentMethod.CASH, null)));

        WebhookResult result = world.webhooks.handle(signed(new GatewayEvent.IntentChanged("evt_cash", "payment_intent.succeeded",
                new IntentSnapshot("pi_forged", null, IntentStatus.SUCCEEDED, php(95_050)), cash.id())),
                InMemoryGatewayEvents.SIGNATURE);

        assertThat(result).isEqualTo(new WebhookResult.Ignored("evt_cash",
                "payment " + cash.id().value() + " is not paid through the gateway"));
        assertThat(world.payments.byId(cash.id())).contains(cash);
    }

    private List<WebhookResult> deliverConcurrently(List<String> payloads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<WebhookResult>> futures = new ArrayList<>();
            for (String payload : payloads) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return world.webhooks.handle(payload, InMemoryGatewayEvents.SIGNATURE);
                }));
            }
            start.countDown();
            List<WebhookResult> results = new ArrayList<>();
            for (Future<WebhookResult> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Money php(long minor) {
        return Money.ofMinor(minor, "PHP");
    }
}
