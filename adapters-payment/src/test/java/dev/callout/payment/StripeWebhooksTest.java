package dev.callout.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.Stripe;
import com.stripe.net.Webhook;
import dev.callout.application.payment.GatewayEvent;
import dev.callout.application.port.GatewayEvents.Verification;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.IntentStatus;
import dev.callout.domain.payment.PaymentId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real Stripe signatures (stripe-java's HMAC), checked on the raw body, against our clock. */
class StripeWebhooksTest {

    private static final String SECRET = "whsec_test_callout";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final StripeWebhooks webhooks = new StripeWebhooks(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    static String event(String id, String type, String object) {
        return """
                {"id": "%s", "object": "event", "api_version": "%s", "created": 1772442000, "livemode": false,
                 "type": "%s", "data": {"object": %s}}""".formatted(id, Stripe.API_VERSION, type, object);
    }

    static String intent(String id, String status, long received, String paymentId) {
        return """
                {"id": "%s", "object": "payment_intent", "amount": 95050, "currency": "php", "status": "%s",
                 "amount_received": %d, "capture_method": "manual", "metadata": {"payment_id": "%s"}}"""
                .formatted(id, status, received, paymentId);
    }

    static String signature(String payload, long timestamp, String secret) throws Exception {
        return "t=" + timestamp + ",v1=" + Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload);
    }

    private Verification verify(String payload, long timestamp, String secret) throws Exception {
        return webhooks.verify(payload, signature(payload, timestamp, secret));
    }

    @Test
    void aSignedIntentEventIsReadWithOurPaymentId() throws Exception {
        String payload = event("evt_1", "payment_intent.amount_capturable_updated", intent("pi_1", "requires_capture", 0, "pay_7"));

        Verification verified = verify(payload, NOW.getEpochSecond() - 10, SECRET);

        assertThat(verified).isInstanceOfSatisfying(Verification.Verified.class, v -> {
            GatewayEvent.IntentChanged changed = (GatewayEvent.IntentChanged) v.event();
            assertThat(changed.eventId()).isEqualTo("evt_1");
            assertThat(changed.paymentId()).isEqualTo(new PaymentId("pay_7"));
            assertThat(changed.intent().status()).isEqualTo(IntentStatus.REQUIRES_CAPTURE);
            assertThat(changed.intent().intentId()).isEqualTo("pi_1");
        });
    }

    static String session(String id, String paymentIntent, String paymentStatus, String paymentId) {
        return """
                {"id": "%s", "object": "checkout.session", "mode": "payment", "status": "complete", "amount_total": 85000,
                 "currency": "php", "payment_intent": %s, "payment_status": "%s", "metadata": {"payment_id": "%s"}}"""
                .formatted(id, paymentIntent == null ? "null" : "\"" + paymentIntent + "\"", paymentStatus, paymentId);
    }

    @Test
    void aCompletedCheckoutIsTheIntentItMadeHeldWhenUnpaidAndChargedWhenPaid() throws Exception {
        String held = event("evt_c1", "checkout.session.completed", session("cs_1", "pi_9", "unpaid", "pay_7"));
        assertThat(verify(held, NOW.getEpochSecond(), SECRET)).isEqualTo(new Verification.Verified(new GatewayEvent.CheckoutCompleted(
                "evt_c1", "checkout.session.completed", "cs_1", new IntentSnapshot("pi_9", null, IntentStatus.REQUIRES_CAPTURE,
                Money.ofMinor(0, "PHP")), new PaymentId("pay_7"))));

        String charged = event("evt_c2", "checkout.session.completed", session("cs_2", "pi_8", "paid", "pay_7"));
        assertThat(verify(charged, NOW.getEpochSecond(), SECRET)).isInstanceOfSatisfying(Verification.Verified.class, v ->
                assertThat(((GatewayEvent.CheckoutCompleted) v.event()).intent()).isEqualTo(new IntentSnapshot("pi_8", null,
                        IntentStatus.SUCCEEDED, Money.ofMinor(85_000, "PHP"))));

        String expired = event("evt_c3", "checkout.session.expired", session("cs_3", null, "unpaid", "pay_7"));
        assertThat(verify(expired, NOW.getEpochSecond(), SECRET)).isEqualTo(new Verification.Verified(new GatewayEvent.CheckoutExpired(
                "evt_c3", "checkout.session.expired", "cs_3", new PaymentId("pay_7"))));
    }

    @Test
    void aCompletedCheckoutWithoutItsIntentOrWithAnotherPaymentStatusIsUnreadable() throws Exception {
        String noIntent = event("evt_c4", "checkout.session.completed", session("cs_4", null, "unpaid", "pay_7"));
        assertThat(verify(noIntent, NOW.getEpochSecond(), SECRET)).isEqualTo(
                new Verification.Unreadable("data.object.payment_intent is missing"));

        String free = event("evt_c5", "checkout.session.completed", session("cs_5", "pi_5", "no_payment_required", "pay_7"));
        assertThat(verify(free, NOW.getEpochSecond(), SECRET)).isEqualTo(
                new Verification.Unreadable("data.object.payment_status is not paid or unpaid"));
    }

    @Test
    void failuresRefundsAndDisputesAreRead() throws Exception {
        String failed = event("evt_2", "payment_intent.payment_failed", """
                {"id": "pi_2", "object": "payment_intent", "amount": 100, "currency": "usd", "status": "requires_payment_method",
                 "amount_received": 0, "metadata": {}, "last_payment_error": {"type": "card_error", "code": "card_declined",
                 "decline_code": "insufficient_funds", "message": "Your card has insufficient funds."}}""");
        assertThat(verify(failed, NOW.getEpochSecond(), SECRET)).isEqualTo(new Verification.Verified(new GatewayEvent.IntentFailed(
                "evt_2", "payment_intent.payment_failed", "pi_2", null, "insufficient_funds", "Your card has insufficient funds.")));

        String refunded = event("evt_3", "charge.refunded", """
                {"id": "ch_3", "object": "charge", "amount": 1999, "amount_captured": 1999, "amount_refunded": 500,
                 "currency": "jpy", "payment_intent": "pi_3", "captured": true, "refunded": false}""");
        assertThat(verify(refunded, NOW.getEpochSecond(), SECRET)).isEqualTo(new Verification.Verified(new GatewayEvent.ChargeRefunded(
                "evt_3", "charge.refunded", "pi_3", Money.ofMinor(1999, "JPY"), Money.ofMinor(500, "JPY"))));

        String dispute = event("evt_4", "charge.dispute.created", """
                {"id": "dp_4", "object": "dispute", "amount": 1999, "currency": "jpy", "payment_intent": "pi_3",
                 "reason": "fraudulent", "status": "needs_response"}""");
        assertThat(verify(dispute, NOW.getEpochSecond(), SECRET)).isEqualTo(new Verification.Verified(
                new GatewayEvent.DisputeCreated("evt_4", "charge.dispute.created", "pi_3", "fraudulent")));

        String other = event("evt_5", "customer.created", "{\"id\": \"cus_1\", \"object\": \"customer\"}");
        assertThat(verify(other, NOW.getEpochSecond(), SECRET)).isEqualTo(new Verification.Verified(
                new GatewayEvent.Other("evt_5", "customer.created")));
    }

    @Test
    void anEventWithoutAnApiVersionIsReadFromItsRawJson() throws Exception {
        String payload = """
                {"id": "evt_6", "object": "event", "type": "charge.refunded", "data": {"object": {"id": "ch_6", "object": "charge",
                 "amount_captured": 84000, "amount_refunded": 15000, "currency": "php", "payment_intent": "pi_6"}}}""";
        assertThat(verify(payload, NOW.getEpochSecond(), SECRET)).isEqualTo(new Verification.Verified(new GatewayEvent.ChargeRefunded(
                "evt_6", "charge.refunded", "pi_6", Money.ofMinor(84000, "PHP"), Money.ofMinor(15000, "PHP"))));
    }

    @Test
    void aBadSignatureIsRefused() throws Exception {
        String payload = event("evt_1", "payment_intent.succeeded", intent("pi_1", "succeeded", 95050, "pay_7"));
        assertThat(verify(payload, NOW.getEpochSecond(), "whsec_someone_else")).isInstanceOf(Verification.Refused.class);
        String tampered = payload.replace("95050", "1");
        assertThat(webhooks.verify(tampered, signature(payload, NOW.getEpochSecond(), SECRET))).isInstanceOf(Verification.Refused.class);
        assertThat(webhooks.verify(payload, null)).isInstanceOf(Verification.Refused.class);
        assertThat(webhooks.verify(payload, "v1=abc")).isInstanceOf(Verification.Refused.class);
    }

    @Test
    void aStaleSignatureAndOneFromTheFutureAreRefused() throws Exception {
        String payload = event("evt_1", "payment_intent.succeeded", intent("pi_1", "succeeded", 95050, "pay_7"));

        assertThat(verify(payload, NOW.getEpochSecond() - 299, SECRET)).isInstanceOf(Verification.Verified.class);
        assertThat(verify(payload, NOW.getEpochSecond() - 301, SECRET)).isInstanceOf(Verification.Refused.class);
        assertThat(verify(payload, NOW.getEpochSecond() + 20, SECRET)).as("within clock skew").isInstanceOf(Verification.Verified.class);
        assertThat(verify(payload, NOW.getEpochSecond() + 600, SECRET)).isInstanceOfSatisfying(Verification.Refused.class,
                r -> assertThat(r.reason()).contains("future"));
    }

    @Test
    void aSignedPayloadThatIsNotAnEventIsUnreadable() throws Exception {
        assertThat(verify("not json", NOW.getEpochSecond(), SECRET)).isEqualTo(new Verification.Unreadable("the payload is not valid JSON"));
        assertThat(verify("{\"hello\": 1}", NOW.getEpochSecond(), SECRET)).isEqualTo(new Verification.Unreadable("id is missing"));
    }

    static Stream<Arguments> hostileEvents() {
        String refund = """
                {"id": "ch_1", "object": "charge", "amount_captured": 84000, "amount_refunded": 15000, "currency": "php",
                 "payment_intent": "pi_1"}""";
        String succeeded = intent("pi_1", "succeeded", 95050, "pay_7");
        return Stream.of(
                Arguments.of("trailing content", event("evt_1", "charge.refunded", refund) + " {}", "the payload is not valid JSON"),
                Arguments.of("an array", "[" + event("evt_1", "charge.refunded", refund) + "]", "the payload is not a JSON object"),
                Arguments.of("a comment", "/* hi */" + event("evt_1", "charge.refunded", refund), "the payload is not valid JSON"),
                Arguments.of("single quotes", event("evt_1", "charge.refunded", refund).replace("\"php\"", "'php'"),
                        "the payload is not valid JSON"),
                Arguments.of("a numeric id", event("evt_1", "charge.refunded", refund).replace("\"evt_1\"", "1"), "id must be text"),
                Arguments.of("an id with a path", event("../evt", "charge.refunded", refund), "id is not a Stripe event id"),
                Arguments.of("no type", "{\"id\": \"evt_1\", \"data\": {\"object\": " + refund + "}}", "type is missing"),
                Arguments.of("no data", "{\"id\": \"evt_1\", \"type\": \"charge.refunded\"}", "data is missing"),
                Arguments.of("no object", "{\"id\": \"evt_1\", \"type\": \"charge.refunded\", \"data\": {}}", "data.object is missing"),
                Arguments.of("object not an object", event("evt_1", "charge.refunded", "\"ch_1\""), "data.object must be an object"),
                Arguments.of("a string amount", event("evt_1", "charge.refunded", refund.replace("84000", "\"84000\"")),
                        "data.object.amount_captured must be a whole number of minor units from 0 to 999999999999"),
                Arguments.of("a negative amount", event("evt_1", "charge.refunded", refund.replace("15000", "-15000")),
                        "data.object.amount_refunded must be a whole number of minor units from 0 to 999999999999"),
                Arguments.of("a fractional amount", event("evt_1", "charge.refunded", refund.replace("84000", "840.5")),
                        "data.object.amount_captured must be a whole number of minor units from 0 to 999999999999"),
                Arguments.of("an absurd amount", event("evt_1", "charge.refunded", refund.replace("84000", "1" + "0".repeat(30))),
                        "data.object.amount_captured must be a whole number of minor units from 0 to 999999999999"),
                Arguments.of("an exponent", event("evt_1", "charge.refunded", refund.replace("84000", "8.4e4")),
                        "data.object.amount_captured must be a whole number of minor units from 0 to 999999999999"),
                Arguments.of("a missing amount", event("evt_1", "charge.refunded", refund.replace("\"amount_refunded\": 15000,", "")),
                        "data.object.amount_refunded must be a whole number of minor units from 0 to 999999999999"),
                Arguments.of("an unknown currency", event("evt_1", "charge.refunded", refund.replace("\"php\"", "\"zzz\"")),
                        "data.object.currency is not a currency with minor units"),
                Arguments.of("a currency without minor units", event("evt_1", "charge.refunded", refund.replace("\"php\"", "\"xau\"")),
                        "data.object.currency is not a currency with minor units"),
                Arguments.of("a numeric currency", event("evt_1", "charge.refunded", refund.replace("\"php\"", "608")),
                        "data.object.currency must be text"),
                Arguments.of("an intent id of the wrong kind", event("evt_1", "charge.refunded", refund.replace("\"pi_1\"", "{}")),
                        "data.object.payment_intent must be text"),
                Arguments.of("an intent without a status", event("evt_1", "payment_intent.succeeded",
                        succeeded.replace("\"status\": \"succeeded\",", "")), "data.object.status is missing"),
                Arguments.of("an intent without an id", event("evt_1", "payment_intent.succeeded",
                        succeeded.replace("\"id\": \"pi_1\",", "")), "data.object.id is missing"),
                Arguments.of("metadata that is a string", event("evt_1", "payment_intent.succeeded",
                        succeeded.replace("{\"payment_id\": \"pay_7\"}", "\"pay_7\"")), "data.object.metadata must be an object"),
                Arguments.of("a failure whose error is a string", event("evt_1", "payment_intent.payment_failed",
                        succeeded.replace("\"metadata\"", "\"last_payment_error\": \"declined\", \"metadata\"")),
                        "data.object.last_payment_error must be an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileEvents")
    void aSignedEventThatCannotBeReadSaysWhyInOurWords(String name, String payload, String reason) throws Exception {
        assertThat(verify(payload, NOW.getEpochSecond(), SECRET)).isEqualTo(new Verification.Unreadable(reason));
    }

    @Test
    void theSignatureIsCheckedBeforeTheBodyIsRead() throws Exception {
        assertThat(verify("not json", NOW.getEpochSecond(), "whsec_someone_else")).isEqualTo(
                new Verification.Refused("no v1 signature in the Stripe-Signature header matches the payload"));
        assertThat(verify("not json", NOW.getEpochSecond() - 301, SECRET)).isEqualTo(
                new Verification.Refused("the signature is older than 5 minutes"));
    }

    @Test
    void aChargeWithoutAnIntentAndAnUnknownTypeWithoutDataAreRead() throws Exception {
        String charge = event("evt_7", "charge.refunded", """
                {"id": "ch_7", "object": "charge", "amount_captured": 500, "amount_refunded": 500, "currency": "PHP",
                 "payment_intent": null}""");
        assertThat(verify(charge, NOW.getEpochSecond(), SECRET)).isEqualTo(new Verification.Verified(new GatewayEvent.ChargeRefunded(
                "evt_7", "charge.refunded", null, Money.ofMinor(500, "PHP"), Money.ofMinor(500, "PHP"))));
        assertThat(verify("{\"id\": \"evt_8\", \"type\": \"account.updated\"}", NOW.getEpochSecond(), SECRET))
                .isEqualTo(new Verification.Verified(new GatewayEvent.Other("evt_8", "account.updated")));
    }
}
