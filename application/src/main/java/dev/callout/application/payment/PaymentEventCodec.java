package dev.callout.application.payment;

import static dev.callout.application.event.Fields.instant;
import static dev.callout.application.event.Fields.longValue;
import static dev.callout.application.event.Fields.required;

import dev.callout.application.event.EventCodec;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.PaymentEvent;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * payment.updated: the payment, its job, both parties ({@code customer_id} and {@code provider_id},
 * so the realtime fan-out reaches them), method, status, amount and refunded in minor units, and the
 * {@code failure_code} (absent from events stored before it was added: null).
 */
public final class PaymentEventCodec implements EventCodec {

    @Override
    public Set<String> types() {
        return Set.of(PaymentEvent.UPDATED);
    }

    @Override
    public Map<String, Object> encode(DomainEvent event) {
        PaymentEvent.PaymentUpdated updated = switch ((PaymentEvent) event) {
            case PaymentEvent.PaymentUpdated u -> u;
        };
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("payment_id", updated.paymentId().value());
        fields.put("job_id", updated.jobId().value());
        fields.put("customer_id", updated.customerId().value());
        fields.put("provider_id", updated.providerId() == null ? null : updated.providerId().value());
        fields.put("method", updated.method().wireName());
        fields.put("status", updated.status().wireName());
        fields.put("amount_minor", updated.amount().minor());
        fields.put("refunded_minor", updated.refunded().minor());
        fields.put("currency", updated.amount().currency().getCurrencyCode());
        fields.put("failure_code", updated.failureCode());
        fields.put("occurred_at", instant(updated.occurredAt()));
        return fields;
    }

    @Override
    public DomainEvent decode(String type, Map<String, Object> fields) {
        if (!type.equals(PaymentEvent.UPDATED)) {
            throw new IllegalArgumentException("not a payment event: " + type);
        }
        String currency = required(fields, "currency");
        return new PaymentEvent.PaymentUpdated(new PaymentId(required(fields, "payment_id")),
                new JobId(required(fields, "job_id")), new UserId(required(fields, "customer_id")),
                fields.get("provider_id") == null ? null : new UserId(required(fields, "provider_id")),
                PaymentMethod.fromWireName(required(fields, "method")).orElseThrow(),
                PaymentStatus.fromWireName(required(fields, "status")).orElseThrow(),
                Money.ofMinor(longValue(fields, "amount_minor"), currency),
                Money.ofMinor(longValue(fields, "refunded_minor"), currency), (String) fields.get("failure_code"),
                instant(fields, "occurred_at"));
    }
}
