package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Webhooks;
import dev.callout.application.webhook.WebhookDelivery;
import dev.callout.application.webhook.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryWebhooks implements Webhooks {

    private static final Comparator<WebhookEndpoint> NEWEST_ENDPOINTS =
            Comparator.comparing(WebhookEndpoint::createdAt).thenComparing(WebhookEndpoint::id).reversed();
    private static final Comparator<WebhookDelivery> NEWEST_DELIVERIES =
            Comparator.comparing(WebhookDelivery::createdAt).thenComparing(WebhookDelivery::id).reversed();
    private static final Comparator<WebhookDelivery> OLDEST_DUE =
            Comparator.comparing(WebhookDelivery::nextAttemptAt).thenComparing(WebhookDelivery::id);

    private final Map<String, WebhookEndpoint> endpoints = new LinkedHashMap<>();
    private final Map<String, WebhookDelivery> deliveries = new LinkedHashMap<>();
    private final Map<String, Instant> leases = new HashMap<>();

    @Override
    public synchronized void add(WebhookEndpoint endpoint) {
        if (endpoints.putIfAbsent(endpoint.id(), endpoint) != null) {
            throw new IllegalStateException("endpoint " + endpoint.id() + " exists");
        }
    }

    @Override
    public synchronized Optional<WebhookEndpoint> endpoint(String id) {
        return Optional.ofNullable(endpoints.get(id));
    }

    @Override
    public synchronized Page<WebhookEndpoint> endpoints(PageRequest page) {
        return Pages.of(endpoints.values().stream().sorted(NEWEST_ENDPOINTS).toList(), page);
    }

    @Override
    public synchronized boolean delete(String id) {
        if (endpoints.remove(id) == null) {
            return false;
        }
        deliveries.values().removeIf(delivery -> delivery.endpointId().equals(id));
        leases.keySet().retainAll(deliveries.keySet());
        return true;
    }

    @Override
    public synchronized List<WebhookEndpoint> subscribedTo(String eventType) {
        return endpoints.values().stream().filter(endpoint -> endpoint.subscribesTo(eventType)).toList();
    }

    @Override
    public synchronized int record(List<WebhookDelivery> added) {
        int count = 0;
        for (WebhookDelivery delivery : added) {
            boolean known = deliveries.values().stream().anyMatch(existing -> existing.eventId().equals(delivery.eventId())
                    && existing.endpointId().equals(delivery.endpointId()));
            if (!known && endpoints.containsKey(delivery.endpointId())) {
                deliveries.put(delivery.id(), delivery);
                count++;
            }
        }
        return count;
    }

    @Override
    public synchronized List<Claim> claim(Instant now, int max, int perEndpoint, Map<String, Integer> busy, Duration lease) {
        Map<String, Integer> taken = new HashMap<>(busy);
        List<Claim> claims = new ArrayList<>();
        List<WebhookDelivery> due = deliveries.values().stream()
                .filter(delivery -> delivery.status() == WebhookDelivery.Status.PENDING)
                .filter(delivery -> !delivery.nextAttemptAt().isAfter(now))
                .filter(delivery -> !leases.getOrDefault(delivery.id(), Instant.MIN).isAfter(now))
                .sorted(OLDEST_DUE)
                .toList();
        for (WebhookDelivery delivery : due) {
            if (claims.size() == max) {
                break;
            }
            if (taken.getOrDefault(delivery.endpointId(), 0) < perEndpoint) {
                taken.merge(delivery.endpointId(), 1, Integer::sum);
                Instant until = now.plus(lease);
                leases.put(delivery.id(), until);
                claims.add(new Claim(delivery, endpoints.get(delivery.endpointId()), until));
            }
        }
        return claims;
    }

    @Override
    public synchronized boolean report(Claim claim, WebhookDelivery updated) {
        String id = claim.delivery().id();
        if (!deliveries.containsKey(id) || !claim.leasedUntil().equals(leases.get(id))) {
            return false;
        }
        deliveries.put(id, updated);
        leases.remove(id);
        return true;
    }

    @Override
    public synchronized Page<WebhookDelivery> deliveries(String endpointId, PageRequest page) {
        return Pages.of(deliveries.values().stream().filter(delivery -> delivery.endpointId().equals(endpointId))
                .sorted(NEWEST_DELIVERIES).toList(), page);
    }
}
