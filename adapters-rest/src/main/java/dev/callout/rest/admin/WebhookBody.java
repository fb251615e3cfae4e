package dev.callout.rest.admin;

import dev.callout.application.webhook.WebhookEndpoint;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "Webhook")
public record WebhookBody(String id, String url, List<String> events, @Nullable String description, Instant createdAt) {
    static WebhookBody of(WebhookEndpoint endpoint) {
        return new WebhookBody(endpoint.id(), endpoint.url(), endpoint.events().stream().sorted().toList(),
                endpoint.description(), endpoint.createdAt());
    }
}
