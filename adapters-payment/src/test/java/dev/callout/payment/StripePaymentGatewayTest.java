package dev.callout.payment;

import static dev.callout.application.contract.ContractFixtures.jobId;
import static dev.callout.application.contract.ContractFixtures.php;
import static dev.callout.application.contract.ContractFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.contract.PaymentGatewayContract;
import dev.callout.application.payment.ConnectedAccount;
import dev.callout.application.payment.GatewayResult;
import dev.callout.application.payment.NewIntent;
import dev.callout.application.payment.NewRefund;
import dev.callout.application.port.PaymentGateway;
import dev.callout.domain.payment.CheckoutSession;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real stripe-java client against a local server that speaks Stripe's API; never the internet. */
class StripePaymentGatewayTest extends PaymentGatewayContract {

    private final FakeStripe stripe = new FakeStripe();
    private static final CheckoutPages PAGES = new CheckoutPages("https://bluework.example/paid?session={CHECKOUT_SESSION_ID}",
            "https://bluework.example/jobs", Duration.ofHours(1));

    private final StripePaymentGateway gateway = new StripePaymentGateway("sk_test_callout", stripe.url(), 3, Duration.ofMillis(5),
            PAGES);

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected IntentSnapshot confirmedByCustomer(IntentSnapshot created) {
        stripe.confirm(created.intentId());
        return done(gateway.retrieve(created.intentId()));
    }

    @Override
    protected IntentSnapshot paidOnPage(CheckoutSession page) {
        String intentId = (String) stripe.payCheckout(page.id()).get("payment_intent");
        return done(gateway.retrieve(intentId));
    }

    @Override
    protected String onboardedConnectedAccount() {
        String id = "acct_" + unique();
        stripe.connectAccount(id, "active");
        return id;
    }

    @Test
    void aConnectedAccountIsRetrievedAndAnUnknownOrUnonboardedOneCannotReceiveTransfers() {
        stripe.connectAccount("acct_1Onboarding", "pending");

        assertThat(done(gateway.connectedAccount("acct_1Onboarding"))).isEqualTo(new ConnectedAccount("acct_1Onboarding", false));
        assertThat(stripe.requests().getLast()).satisfies(sent -> {
            assertThat(sent.method()).isEqualTo("GET");
            assertThat(sent.path()).isEqualTo("/v1/accounts/acct_1Onboarding");
        });
        assertThat(gateway.connectedAccount("acct_1Nobody")).isEqualTo(
                new GatewayResult.Rejected<ConnectedAccount>("resource_missing", "No such account: 'acct_1Nobody'"));
        stripe.failNext(3, 500, "api_error", "internal", "Something went wrong on Stripe's end.");
        assertThat(gateway.connectedAccount("acct_1Onboarding")).isInstanceOf(GatewayResult.Unavailable.class);
    }

    @Test
    void aHoldIsCreatedWithManualCaptureOurMetadataAndTheIdempotencyKey() {
        NewIntent request = new NewIntent("callout-pay_1-create", new PaymentId("pay_1"), jobId(), PaymentMethod.CARD,
                php(95_050), true, null, null);

        IntentSnapshot created = done(gateway.createIntent(request));

        assertThat(created.status()).isEqualTo(IntentStatus.AWAITING_CUSTOMER);
        assertThat(created.clientSecret()).startsWith(created.intentId() + "_secret_");
        FakeStripe.Request sent = stripe.requests().getLast();
        assertThat(sent.path()).isEqualTo("/v1/payment_intents");
        assertThat(sent.idempotencyKey()).isEqualTo("callout-pay_1-create");
        assertThat(sent.params()).containsEntry("amount", "95050").containsEntry("currency", "php")
                .containsEntry("capture_method", "manual").containsEntry("metadata[payment_id]", "pay_1")
                .doesNotContainKey("transfer_data[destination]");
    }

    @Test
    void aHostedPageIsACheckoutSessionForTheAmountWhoseIntentNamesThePaymentAndHoldsTheCard() {
        Instant openedAt = Instant.now();
        NewIntent request = new NewIntent("callout-pay_2-checkout", new PaymentId("pay_2"), jobId(), PaymentMethod.CARD,
                php(85_000), true, "acct_1Helper", php(4_250));

        CheckoutSession page = done(gateway.createCheckout(request, openedAt));

        assertThat(page.url()).isEqualTo("https://checkout.stripe.com/c/pay/" + page.id());
        assertThat(page.expiresAt()).isEqualTo(Instant.ofEpochSecond(openedAt.plus(Duration.ofHours(1)).getEpochSecond()));
        FakeStripe.Request sent = stripe.requests().getLast();
        assertThat(sent.path()).isEqualTo("/v1/checkout/sessions");
        assertThat(sent.idempotencyKey()).isEqualTo("callout-pay_2-checkout");
        assertThat(sent.params()).containsEntry("mode", "payment").containsEntry("payment_method_types[0]", "card")
                .containsEntry("line_items[0][quantity]", "1").containsEntry("line_items[0][price_data][unit_amount]", "85000")
                .containsEntry("line_items[0][price_data][currency]", "php")
                .containsEntry("payment_intent_data[capture_method]", "manual")
                .containsEntry("payment_intent_data[metadata][payment_id]", "pay_2")
                .containsEntry("payment_intent_data[transfer_data][destination]", "acct_1Helper")
                .containsEntry("payment_intent_data[application_fee_amount]", "4250")
                .containsEntry("metadata[payment_id]", "pay_2")
                .containsEntry("success_url", PAGES.successUrl()).containsEntry("cancel_url", PAGES.cancelUrl());

        Map<String, Object> paid = stripe.payCheckout(page.id());
        assertThat(paid).containsEntry("payment_status", "unpaid");
        Map<String, Object> intent = stripe.intent((String) paid.get("payment_intent"));
        assertThat(intent).containsEntry("status", "requires_capture").containsEntry("metadata", Map.of("payment_id", "pay_2",
                "job_id", request.jobId().value()));
    }

    @Test
    void aHostedPageStripeRefusesIsARejectionAndWithoutASuccessAddressNoneIsAsked() {
        NewIntent request = new NewIntent("key-" + unique(), new PaymentId("pay_" + unique()), jobId(), PaymentMethod.CARD,
                php(1_000), true, null, null);
        assertThat(gateway.createCheckout(request, Instant.now().minus(Duration.ofHours(2))))
                .isInstanceOfSatisfying(GatewayResult.Rejected.class, r -> assertThat(r.code()).isEqualTo("parameter_invalid_integer"));

        StripePaymentGateway unconfigured = new StripePaymentGateway("sk_test_callout", stripe.url(), 1, Duration.ofMillis(1),
                new CheckoutPages(null, null, Duration.ofHours(1)));
        int before = stripe.requests().size();
        assertThat(unconfigured.createCheckout(request, Instant.now())).isInstanceOf(GatewayResult.Rejected.class);
        assertThat(stripe.requests()).hasSize(before);
    }

    @Test
    void aPageIsExpiredWithItsKeyAndStripesRefusalOfAClosedOneIsARejection() {
        CheckoutSession page = done(gateway.createCheckout(new NewIntent("key-" + unique(), new PaymentId("pay_" + unique()),
                jobId(), PaymentMethod.CARD, php(1_000), true, null, null), Instant.now()));

        assertThat(done(gateway.expireCheckout(page.id(), "callout-pay_3-expire"))).isEqualTo(page.id());

        FakeStripe.Request sent = stripe.requests().getLast();
        assertThat(sent.path()).isEqualTo("/v1/checkout/sessions/" + page.id() + "/expire");
        assertThat(sent.idempotencyKey()).isEqualTo("callout-pay_3-expire");
        assertThat(stripe.session(page.id())).containsEntry("status", "expired");
        assertThat(gateway.expireCheckout(page.id(), "callout-pay_4-expire")).isInstanceOfSatisfying(GatewayResult.Rejected.class,
                rejected -> assertThat(rejected.code()).isEqualTo("checkout_session_not_open"));
        stripe.failNext(3, 500, "api_error", "internal", "Something went wrong on Stripe's end.");
        assertThat(gateway.expireCheckout(page.id(), "callout-pay_5-expire")).isInstanceOf(GatewayResult.Unavailable.class);
    }

    @Test
    void aConnectedProviderGetsTheDestinationAndThePlatformTheApplicationFee() {
        done(gateway.createIntent(new NewIntent("key-" + unique(), new PaymentId("pay_" + unique()), jobId(), PaymentMethod.CARD,
                php(150_000), true, "acct_1Helper", php(7_500))));

        assertThat(stripe.requests().getLast().params()).containsEntry("transfer_data[destination]", "acct_1Helper")
                .containsEntry("application_fee_amount", "7500");
    }

    @Test
    void rateLimitsAreRetriedWithTheSameIdempotencyKey() {
        stripe.failNext(2, 429, "invalid_request_error", "rate_limit", "Too many requests hit the API too quickly.");

        IntentSnapshot created = done(gateway.createIntent(new NewIntent("callout-pay_9-create", new PaymentId("pay_9"), jobId(),
                PaymentMethod.CARD, php(1_000), true, null, null)));

        assertThat(created.intentId()).startsWith("pi_fake");
        List<FakeStripe.Request> creates = stripe.requests().stream().filter(r -> r.path().equals("/v1/payment_intents")).toList();
        assertThat(creates).hasSize(3).extracting(FakeStripe.Request::idempotencyKey).containsOnly("callout-pay_9-create");
    }

    @Test
    void aRateLimitThatPersistsLeavesTheCallForLater() {
        stripe.failNext(5, 429, "invalid_request_error", "rate_limit", "Too many requests hit the API too quickly.");

        assertThat(gateway.createIntent(new NewIntent("key-" + unique(), new PaymentId("pay_" + unique()), jobId(),
                PaymentMethod.CARD, php(1_000), true, null, null))).isInstanceOf(GatewayResult.Unavailable.class);
        assertThat(stripe.requests()).hasSize(3);
    }

    @Test
    void aDeclinedCardIsADeclineWithStripesCode() {
        IntentSnapshot created = done(gateway.createIntent(new NewIntent("key-" + unique(), new PaymentId("pay_" + unique()),
                jobId(), PaymentMethod.CARD, php(1_000), false, null, null)));
        stripe.failNext(1, 402, "card_error", "card_declined", "Your card was declined.");

        GatewayResult<IntentSnapshot> capture = gateway.capture(created.intentId(), "key-" + unique());

        assertThat(capture).isEqualTo(new GatewayResult.Declined<IntentSnapshot>("generic_decline", "Your card was declined."));
    }

    @Test
    void serverErrorsAndAnUnreachableStripeAreUnavailableAndRetriedWithTheSameKey() {
        stripe.failNext(3, 500, "api_error", "internal", "Something went wrong on Stripe's end.");
        GatewayResult<IntentSnapshot> failed = gateway.createIntent(new NewIntent("callout-pay_5-create", new PaymentId("pay_5"),
                jobId(), PaymentMethod.CARD, php(1_000), true, null, null));
        assertThat(failed).isInstanceOf(GatewayResult.Unavailable.class);
        assertThat(stripe.requests()).extracting(FakeStripe.Request::idempotencyKey).containsOnly("callout-pay_5-create");

        StripePaymentGateway nowhere = new StripePaymentGateway("sk_test_callout", "http://127.0.0.1:1", 1, Duration.ofMillis(1),
                PAGES);
        assertThat(nowhere.retrieve("pi_1")).isInstanceOf(GatewayResult.Unavailable.class);
    }

    @Test
    void aRefundOnAConnectedChargeTakesBackTheTransferAndTheFee() {
        IntentSnapshot created = done(gateway.createIntent(new NewIntent("key-" + unique(), new PaymentId("pay_" + unique()),
                jobId(), PaymentMethod.CARD, php(10_000), false, "acct_1", php(500))));
        stripe.confirm(created.intentId());

        done(gateway.refund(new NewRefund("callout-ref_1", created.intentId(), php(2_500), "tap still drips", true)));

        FakeStripe.Request refund = stripe.requests().getLast();
        assertThat(refund.path()).isEqualTo("/v1/refunds");
        assertThat(refund.idempotencyKey()).isEqualTo("callout-ref_1");
        assertThat(refund.params()).containsEntry("amount", "2500").containsEntry("reverse_transfer", "true")
                .containsEntry("refund_application_fee", "true").containsEntry("metadata[reason]", "tap still drips");
    }

    @Test
    void aRefusedKeyIsAConfigurationFault() {
        stripe.failNext(1, 401, "invalid_request_error", "api_key_invalid", "Invalid API Key provided");
        assertThatThrownBy(() -> gateway.retrieve("pi_1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("callout.stripe.secret-key");
    }
}
