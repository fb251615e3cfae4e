package dev.callout.application.webhook;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One event on its way to one endpoint: the body as it is sent on every attempt, and how the
 * attempts went. Pending deliveries have a {@code nextAttemptAt}; delivered and failed ones are done.
 */
public record WebhookDelivery(String id, String endpointId, String eventId, String eventType, String body,
                              Status status, int attempts, Integer lastResponseCode, String lastError,
                              Instant lastAttemptAt, Instant nextAttemptAt, Instant createdAt) {

    public static final String PREFIX = "whd";

    public enum Status {
        PENDING, DELIVERED, FAILED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status fromWireName(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpointId, "endpointId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((status == Status.PENDING) != (nextAttemptAt != null)) {
            throw new IllegalArgumentException("a pending delivery, and only one, has a next attempt");
        }
    }

    /** A delivery not yet tried, due at once. */
    public static WebhookDelivery pending(String id, String endpointId, String eventId, String eventType, String body,
                                          Instant now) {
        return new WebhookDelivery(id, endpointId, eventId, eventType, body, Status.PENDING, 0, null, null, null, now, now);
    }

    public WebhookDelivery delivered(int responseCode, Instant at) {
        return new WebhookDelivery(id, endpointId, eventId, eventType, body, Status.DELIVERED, attempts + 1, responseCode,
                null, at, null, createdAt);
    }

    public WebhookDelivery retryAt(Instant next, Integer responseCode, String error, Instant at) {
        return new WebhookDelivery(id, endpointId, eventId, eventType, body, Status.PENDING, attempts + 1, responseCode,
                error, at, next, createdAt);
    }

    public WebhookDelivery failed(Integer responseCode, String error, Instant at) {
        return new WebhookDelivery(id, endpointId, eventId, eventType, body, Status.FAILED, attempts + 1, responseCode,
                error, at, null, createdAt);
    }
}
