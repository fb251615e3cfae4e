package dev.callout.application.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An integrator's receiver: where deliveries go, which event types it wants ({@code *} for every
 * public type), and the secret its deliveries are signed with. The secret is shown once, when the
 * endpoint is registered; stores keep it recoverable because every delivery is signed with it.
 */
public record WebhookEndpoint(String id, String url, Set<String> events, String description, String secret,
                              Instant createdAt) {

    public static final String PREFIX = "whk";
    public static final String EVERY_EVENT = "*";

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        events = Set.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an endpoint subscribes to at least one event type");
        }
    }

    public boolean subscribesTo(String eventType) {
        return events.contains(EVERY_EVENT) || events.contains(eventType);
    }
}
