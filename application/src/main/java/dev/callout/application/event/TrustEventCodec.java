package dev.callout.application.event;

import static dev.callout.application.event.Fields.instant;
import static dev.callout.application.event.Fields.required;
import static dev.callout.application.event.Fields.string;

import dev.callout.application.chat.MessageReceived;
import dev.callout.application.dispute.DisputeUpdated;
import dev.callout.application.notification.NotificationCreated;
import dev.callout.domain.chat.Message;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.dispute.Resolution;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The trust and conversation events' fields: {@code message.received} and {@code dispute.updated}
 * (for both parties: {@code customer_id}, {@code provider_id}), {@code notification.created}
 * (for its {@code recipient_id}). The fields are what the sockets receive.
 */
public final class TrustEventCodec implements EventCodec {

    @Override
    public Set<String> types() {
        return Set.of(MessageReceived.TYPE, DisputeUpdated.TYPE, NotificationCreated.TYPE);
    }

    @Override
    public Map<String, Object> encode(DomainEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        switch (event) {
            case MessageReceived received -> {
                Message message = received.message();
                fields.put("job_id", message.jobId().value());
                fields.put("customer_id", received.customerId().value());
                fields.put("provider_id", received.providerId() == null ? null : received.providerId().value());
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("id", message.id());
                body.put("sender_id", message.senderId().value());
                body.put("content", message.content());
                body.put("image_file_id", message.imageFileId());
                body.put("sent_at", instant(message.sentAt()));
                fields.put("message", body);
            }
            case DisputeUpdated dispute -> {
                fields.put("dispute_id", dispute.disputeId());
                fields.put("job_id", dispute.jobId());
                fields.put("customer_id", dispute.customerId().value());
                fields.put("provider_id", dispute.providerId() == null ? null : dispute.providerId().value());
                fields.put("raised_by", dispute.raisedBy().value());
                fields.put("status", dispute.status().wireName());
                fields.put("resolution", dispute.resolution() == null ? null : dispute.resolution().wireName());
                fields.put("refund_minor", dispute.refund() == null ? null : dispute.refund().minor());
                fields.put("refund_currency", dispute.refund() == null ? null : dispute.refund().currency().getCurrencyCode());
            }
            case NotificationCreated created -> {
                Notification notification = created.notification();
                fields.put("id", notification.id());
                fields.put("recipient_id", notification.recipientId().value());
                fields.put("type", notification.type());
                fields.put("title", notification.title());
                fields.put("body", notification.body());
                fields.put("payload", new TreeMap<>(notification.payload()));
                fields.put("source_key", notification.sourceKey());
                fields.put("read", notification.read());
                fields.put("created_at", instant(notification.createdAt()));
            }
            default -> throw new IllegalArgumentException("not a trust event: " + event.type());
        }
        fields.put("occurred_at", instant(event.occurredAt()));
        return fields;
    }

    @Override
    @SuppressWarnings("unchecked")
    public DomainEvent decode(String type, Map<String, Object> fields) {
        return switch (type) {
            case MessageReceived.TYPE -> {
                Map<String, Object> body = (Map<String, Object>) fields.get("message");
                Message message = new Message(required(body, "id"), new JobId(required(fields, "job_id")),
                        new UserId(required(body, "sender_id")), required(body, "content"), string(body, "image_file_id"),
                        instant(body, "sent_at"), null);
                yield new MessageReceived(message, new UserId(required(fields, "customer_id")), user(fields, "provider_id"));
            }
            case DisputeUpdated.TYPE -> {
                String resolution = string(fields, "resolution");
                Money refund = fields.get("refund_minor") == null ? null
                        : Money.ofMinor(Fields.longValue(fields, "refund_minor"), required(fields, "refund_currency"));
                yield new DisputeUpdated(required(fields, "dispute_id"), required(fields, "job_id"),
                        new UserId(required(fields, "customer_id")), user(fields, "provider_id"),
                        new UserId(required(fields, "raised_by")),
                        DisputeStatus.valueOf(required(fields, "status").toUpperCase(Locale.ROOT)),
                        resolution == null ? null : Resolution.fromWireName(resolution).orElseThrow(),
                        refund, instant(fields, "occurred_at"));
            }
            case NotificationCreated.TYPE -> {
                Map<String, String> payload = new LinkedHashMap<>();
                ((Map<String, Object>) fields.getOrDefault("payload", Map.of()))
                        .forEach((key, value) -> payload.put(key, value == null ? null : value.toString()));
                yield new NotificationCreated(new Notification(required(fields, "id"), new UserId(required(fields, "recipient_id")),
                        required(fields, "type"), required(fields, "title"), required(fields, "body"), payload,
                        required(fields, "source_key"), Boolean.TRUE.equals(fields.get("read")), instant(fields, "created_at")));
            }
            default -> throw new IllegalArgumentException("not a trust event: " + type);
        };
    }

    private static UserId user(Map<String, Object> fields, String name) {
        String id = string(fields, name);
        return id == null ? null : new UserId(id);
    }
}
