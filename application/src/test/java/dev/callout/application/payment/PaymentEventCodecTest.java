package dev.callout.application.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.PaymentEvent;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentEventCodecTest {

    private final PaymentEventCodec codec = new PaymentEventCodec();

    @Test
    void paymentUpdatedNamesBothPartiesAndReadsBackAsWritten() {
        PaymentEvent.PaymentUpdated event = new PaymentEvent.PaymentUpdated(new PaymentId("pay_1"), new JobId("job_1"),
                new UserId("usr_c"), new UserId("usr_p"), PaymentMethod.CARD, PaymentStatus.PARTIALLY_REFUNDED,
                Money.ofMinor(1999, "JPY"), Money.ofMinor(500, "JPY"), null, Instant.parse("2026-03-02T09:00:00.123456Z"));

        Map<String, Object> fields = codec.encode(event);

        assertThat(fields).containsEntry("customer_id", "usr_c").containsEntry("provider_id", "usr_p")
                .containsEntry("status", "partially_refunded").containsEntry("amount_minor", 1999L)
                .containsEntry("currency", "JPY");
        Map<String, Object> fromJson = new HashMap<>(fields);
        fromJson.put("amount_minor", 1999); // a JSON reader may choose int
        assertThat(codec.decode("payment.updated", fromJson)).isEqualTo(event);
    }

    @Test
    void aCardHeldBeforeAnyoneTookItsJobHasNoProvider() {
        PaymentEvent.PaymentUpdated event = new PaymentEvent.PaymentUpdated(new PaymentId("pay_1"), new JobId("job_1"),
                new UserId("usr_c"), null, PaymentMethod.CARD, PaymentStatus.AUTHORIZED, Money.ofMinor(120_000, "PHP"),
                Money.ofMinor(0, "PHP"), null, Instant.parse("2026-03-02T09:00:00Z"));

        Map<String, Object> fields = codec.encode(event);

        assertThat(fields).containsEntry("provider_id", null);
        assertThat(codec.decode("payment.updated", new HashMap<>(fields))).isEqualTo(event);
    }

    @Test
    void aLapsedHoldSaysSoAndAnEventStoredBeforeTheFailureCodeReadsAsNone() {
        PaymentEvent.PaymentUpdated event = new PaymentEvent.PaymentUpdated(new PaymentId("pay_1"), new JobId("job_1"),
                new UserId("usr_c"), null, PaymentMethod.CARD, PaymentStatus.CANCELLED, Money.ofMinor(120_000, "PHP"),
                Money.ofMinor(0, "PHP"), "hold_lapsed", Instant.parse("2026-03-02T09:00:00Z"));

        Map<String, Object> fields = new HashMap<>(codec.encode(event));
        assertThat(fields).containsEntry("failure_code", "hold_lapsed");
        assertThat(codec.decode("payment.updated", fields)).isEqualTo(event);

        fields.remove("failure_code");
        assertThat(((PaymentEvent.PaymentUpdated) codec.decode("payment.updated", fields)).failureCode()).isNull();
    }
}
