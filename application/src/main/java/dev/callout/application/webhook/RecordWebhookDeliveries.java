package dev.callout.application.webhook;

import dev.callout.application.event.EventCodecs;
import dev.callout.application.event.EventHandler;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Webhooks;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.id.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Served by the event relay: a committed public event becomes one pending delivery per endpoint
 * that wants it (registered before the event happened), in one transaction. It only writes rows;
 * the HTTP calls are {@link DeliverWebhooks}'s, so no endpoint can slow the relay. A redelivered
 * event derives the same event id and adds nothing.
 */
public final class RecordWebhookDeliveries implements EventHandler {

    private final Webhooks webhooks;
    private final EventCodecs codecs;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    public RecordWebhookDeliveries(Webhooks webhooks, EventCodecs codecs, Transactions transactions, Clock clock,
                                   IdGenerator ids) {
        this.webhooks = webhooks;
        this.codecs = codecs;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public boolean handles(String eventType) {
        return WebhookEvents.isPublic(eventType);
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public void handle(DomainEvent event) {
        List<WebhookEndpoint> endpoints = webhooks.subscribedTo(event.type()).stream()
                .filter(endpoint -> !endpoint.createdAt().isAfter(event.occurredAt()))
                .toList();
        if (endpoints.isEmpty()) {
            return;
        }
        Map<String, Object> data = codecs.encode(event);
        String eventId = WebhookPayload.eventId(event.type(), data);
        String body = WebhookPayload.body(eventId, event.type(), event.occurredAt(), data);
        Instant now = clock.instant();
        List<WebhookDelivery> deliveries = endpoints.stream()
                .map(endpoint -> WebhookDelivery.pending(ids.next(WebhookDelivery.PREFIX), endpoint.id(), eventId,
                        event.type(), body, now))
                .toList();
        transactions.inTransaction(() -> webhooks.record(deliveries));
    }
}
