package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.User;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OWASP API10:2023 Unsafe Consumption of APIs: what the payment gateway sends is checked as
 * hostile input. A webhook that is unsigned, signed with another secret, signed over other bytes,
 * stale or from the future is 400 {@code WEBHOOK_REJECTED} and changes nothing; a genuine event
 * replayed is acknowledged as a duplicate and applied once; a genuine event whose facts cannot be
 * true of the payment is acknowledged as ignored and changes nothing. (Malformed signed bodies and
 * the 64 KB limit: HostileWebhooksEndToEndTest.)
 */
class Api10UnsafeConsumptionProbeTest {

    private static final String WEBHOOK = "/api/v1/payments/webhook";

    private final ProbeTarget target = ProbeTarget.get();
    private User customer;
    private String paymentId;
    private String intent;

    @BeforeEach
    void aCompletedCardPayment() {
        customer = target.customer();
        User provider = target.provider("plumber");
        String jobId = target.job(customer, provider, "completed");
        Answer paid = target.send("POST", "/api/v1/payments", customer.token(), target.json(Map.of("job_id", jobId, "method", "card")));
        assertThat(paid.status()).as(paid.text()).isEqualTo(201);
        paymentId = paid.get("id");
        intent = paid.get("gateway_payment_id");
    }

    private String refundEvent(String eventId, long refundedMinor, String currency) {
        return target.json(Map.of("id", eventId, "object", "event", "type", "charge.refunded", "data", Map.of("object", Map.of(
                "id", "ch_probe", "object", "charge", "amount_captured", 85000, "amount_refunded", refundedMinor, "currency", currency,
                "payment_intent", intent))));
    }

    /** A Stripe-Signature header: t=timestamp, v1=HMAC-SHA256(secret, "timestamp.payload"). */
    private static String signature(String secret, long timestamp, String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
    }

    private Answer deliver(String payload, String signature) {
        return target.send("POST", WEBHOOK, null, "application/json", payload.getBytes(StandardCharsets.UTF_8),
                signature == null ? Map.of() : Map.of("Stripe-Signature", signature));
    }

    private String refunded() {
        return (String) ((Map<?, ?>) target.send("GET", "/api/v1/payments/" + paymentId, customer.token(), null).json()
                .get("refunded")).get("amount");
    }

    @Test
    void deliveriesTheGatewayDidNotSignAreRejectedAndChangeNothing() throws Exception {
        String payload = refundEvent("evt_" + UUID.randomUUID(), 85000, "php");
        long now = Instant.now().getEpochSecond();
        String secret = target.webhookSecret();
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("unsigned", null);
        forged.put("an empty signature", "");
        forged.put("a signature that is not one", "sha256=deadbeef");
        forged.put("another secret", signature("whsec_not_the_secret", now, payload));
        forged.put("signed over other bytes", signature(secret, now, payload.replace("85000", "1")));
        forged.put("a v0 signature only", signature(secret, now, payload).replace("v1=", "v0="));
        forged.put("stale by ten minutes", signature(secret, now - 600, payload));
        forged.put("from the future", signature(secret, now + 600, payload));
        forged.put("the timestamp changed after signing", signature(secret, now - 600, payload).replace("t=" + (now - 600), "t=" + now));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> delivery : forged.entrySet()) {
            Answer answer = deliver(payload, delivery.getValue());
            Checks.refusal(failures, delivery.getKey(), answer, Set.of(400));
            if (answer.status() == 400 && !"WEBHOOK_REJECTED".equals(answer.errorCode())) {
                failures.add(delivery.getKey() + ": code " + answer.errorCode());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(refunded()).isEqualTo("0.00");
        // the control: the same payload, signed now with the secret, applies
        assertThat(deliver(payload, signature(secret, now, payload)).get("outcome")).isEqualTo("applied");
        assertThat(refunded()).isEqualTo("850.00");
    }

    @Test
    void aReplayedEventIsADuplicateAndAppliedOnce() throws Exception {
        String eventId = "evt_" + UUID.randomUUID();
        String payload = refundEvent(eventId, 10000, "php");
        String signed = signature(target.webhookSecret(), Instant.now().getEpochSecond(), payload);
        assertThat(deliver(payload, signed).get("outcome")).isEqualTo("applied");
        for (int replay = 0; replay < 3; replay++) {
            Answer again = deliver(payload, signed);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.get("outcome")).isEqualTo("duplicate");
        }
        assertThat(refunded()).isEqualTo("100.00");
        Map<?, ?> payment = target.send("GET", "/api/v1/payments/" + paymentId, customer.token(), null).json();
        assertThat((List<?>) payment.get("refunds")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aGenuineEventWithImpossibleFactsIsIgnoredAndChangesNothing() throws Exception {
        long now = Instant.now().getEpochSecond();
        for (String payload : List.of(refundEvent("evt_" + UUID.randomUUID(), 85000, "jpy"),
                refundEvent("evt_" + UUID.randomUUID(), 99_999_999, "php"))) {
            Answer answer = deliver(payload, signature(target.webhookSecret(), now, payload));
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.get("outcome")).isEqualTo("ignored");
            assertThat(Checks.INTERNALS.matcher(answer.text()).find()).as(answer.text()).isFalse();
        }
        assertThat(refunded()).isEqualTo("0.00");
    }
}
