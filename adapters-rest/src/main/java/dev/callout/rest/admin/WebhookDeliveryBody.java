package dev.callout.rest.admin;

import dev.callout.application.webhook.WebhookDelivery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Serdeable
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryBody(String id, String eventId, String eventType,
                                  @Schema(allowableValues = {"pending", "delivered", "failed"}) String status, int attempts,
                                  @Nullable Integer lastResponseCode, @Nullable String lastError, @Nullable Instant lastAttemptAt,
                                  @Nullable @Schema(description = "when the next attempt is due; null once delivered or failed")
                                  Instant nextAttemptAt, Instant createdAt) {
    static WebhookDeliveryBody of(WebhookDelivery delivery) {
        return new WebhookDeliveryBody(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.status().wireName(),
                delivery.attempts(), delivery.lastResponseCode(), delivery.lastError(), delivery.lastAttemptAt(),
                delivery.nextAttemptAt(), delivery.createdAt());
    }
}
