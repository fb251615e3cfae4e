package dev.callout.rest.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "WebhookRegistration")
public record WebhookRegistrationBody(
                   @Nullable @Schema(example = "https://orders.example.com/callout", description = "https, a public address") String url,
                   @Nullable @Schema(example = "[\"job.status_changed\", \"payment.updated\"]",
                           description = "public event types, or [\"*\"] for all of them") List<String> events,
                   @Nullable @Schema(maxLength = 500) String description) {
}
