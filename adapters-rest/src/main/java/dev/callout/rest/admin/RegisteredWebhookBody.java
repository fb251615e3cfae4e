package dev.callout.rest.admin;

import dev.callout.application.webhook.WebhookEndpoint;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "RegisteredWebhook", description = "The endpoint with its signing secret, shown this once")
public record RegisteredWebhookBody(String id, String url, List<String> events, @Nullable String description, String secret,
                                    Instant createdAt) {
    static RegisteredWebhookBody of(WebhookEndpoint endpoint) {
        WebhookBody body = WebhookBody.of(endpoint);
        return new RegisteredWebhookBody(body.id(), body.url(), body.events(), body.description(), endpoint.secret(),
                body.createdAt());
    }
}
