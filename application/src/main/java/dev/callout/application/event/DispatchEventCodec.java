package dev.callout.application.event;

import static dev.callout.application.event.Fields.instant;
import static dev.callout.application.event.Fields.place;
import static dev.callout.application.event.Fields.required;
import static dev.callout.application.event.Fields.string;

import dev.callout.domain.dispatch.DispatchEvent.JobOffered;
import dev.callout.domain.dispatch.DispatchEvent.OfferWithdrawn;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.UserId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * job.offered and job.offer_withdrawn. These fields are also the socket frames' data, so the
 * price is written as the API writes money (a decimal string and a currency) and the distance
 * in kilometres with three decimals.
 */
public final class DispatchEventCodec implements EventCodec {

    @Override
    public Set<String> types() {
        return Set.of(DispatchEvent.OFFERED, DispatchEvent.OFFER_WITHDRAWN);
    }

    @Override
    public Map<String, Object> encode(DomainEvent event) {
        DispatchEvent dispatchEvent = (DispatchEvent) event;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("job_id", dispatchEvent.jobId().value());
        fields.put("provider_id", dispatchEvent.providerId().value());
        switch (dispatchEvent) {
            case JobOffered offered -> {
                fields.put("category", offered.category());
                fields.put("description", offered.description());
                fields.put("location", place(offered.location()));
                fields.put("urgency", offered.urgency().wireName());
                fields.put("scheduled_at", instant(offered.scheduledAt()));
                fields.put("price", Map.of("amount", offered.price().amount().toPlainString(),
                        "currency", offered.price().currency().getCurrencyCode()));
                fields.put("distance_km", BigDecimal.valueOf(offered.distanceKm()).setScale(3, RoundingMode.HALF_UP));
                fields.put("eta_seconds", offered.eta().toSeconds());
                fields.put("expires_at", instant(offered.expiresAt()));
            }
            case OfferWithdrawn withdrawn -> fields.put("reason", withdrawn.reason());
        }
        fields.put("occurred_at", instant(event.occurredAt()));
        return fields;
    }

    @Override
    @SuppressWarnings("unchecked")
    public DomainEvent decode(String type, Map<String, Object> fields) {
        JobId jobId = new JobId(required(fields, "job_id"));
        UserId providerId = new UserId(required(fields, "provider_id"));
        return switch (type) {
            case DispatchEvent.OFFERED -> {
                Map<String, Object> price = (Map<String, Object>) fields.get("price");
                yield new JobOffered(jobId, providerId, required(fields, "category"), string(fields, "description"),
                        place(fields, "location"), Urgency.fromWireName(required(fields, "urgency")).orElseThrow(),
                        instant(fields, "scheduled_at"), Money.parse(required(price, "amount"), required(price, "currency")),
                        new BigDecimal(required(fields, "distance_km")).doubleValue(),
                        Duration.ofSeconds(Fields.longValue(fields, "eta_seconds")), instant(fields, "expires_at"),
                        instant(fields, "occurred_at"));
            }
            case DispatchEvent.OFFER_WITHDRAWN -> new OfferWithdrawn(jobId, providerId, required(fields, "reason"),
                    instant(fields, "occurred_at"));
            default -> throw new IllegalArgumentException("not a dispatch event: " + type);
        };
    }
}
