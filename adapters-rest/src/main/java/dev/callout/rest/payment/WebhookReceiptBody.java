package dev.callout.rest.payment;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "WebhookReceipt")
public record WebhookReceiptBody(boolean received, @Schema(allowableValues = {"applied", "duplicate", "ignored"}) String outcome,
                          @Schema(description = "why an ignored event had no effect", nullable = true) String reason) {
}
