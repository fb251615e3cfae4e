package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.webhook.WebhookDelivery;
import dev.callout.application.webhook.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Registered webhook endpoints and their deliveries. A delivery is unique per event id and
 * endpoint. Workers on any number of nodes share pending deliveries through leases: a claim takes
 * due, unleased deliveries for a while, and its report counts only while that lease holds, so a
 * worker that dies mid-delivery loses nothing (the lease lapses and another attempt follows).
 */
public interface Webhooks {

    void add(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> endpoint(String id);

    /** Newest first. */
    Page<WebhookEndpoint> endpoints(PageRequest page);

    /** Removes the endpoint and its deliveries; false if there was none. */
    boolean delete(String id);

    /** The endpoints that want events of the type (named, or {@code *}). */
    List<WebhookEndpoint> subscribedTo(String eventType);

    /** Adds the deliveries whose event id and endpoint are not recorded yet (and whose endpoint exists); returns how many. */
    int record(List<WebhookDelivery> deliveries);

    /**
     * Up to {@code max} pending deliveries due at {@code now} and not leased, oldest due first,
     * leased until {@code now + lease}. Each endpoint gets at most {@code perEndpoint} less its
     * count in {@code busy} (what the caller already has in flight for it).
     */
    List<Claim> claim(Instant now, int max, int perEndpoint, Map<String, Integer> busy, Duration lease);

    /** Stores the delivery's new state if the claim's lease still holds; false (and nothing changes) otherwise. */
    boolean report(Claim claim, WebhookDelivery updated);

    /** Newest first. */
    Page<WebhookDelivery> deliveries(String endpointId, PageRequest page);

    /** A leased delivery with its endpoint; {@code leasedUntil} identifies the claim. */
    record Claim(WebhookDelivery delivery, WebhookEndpoint endpoint, Instant leasedUntil) {
        public Claim {
            Objects.requireNonNull(delivery, "delivery");
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(leasedUntil, "leasedUntil");
        }
    }
}
