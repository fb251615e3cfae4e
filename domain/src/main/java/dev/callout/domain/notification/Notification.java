package dev.callout.domain.notification;

import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something a user is told about, kept until read. {@code sourceKey} names the event it came from;
 * one event notifies each recipient once however often it is delivered.
 */
public record Notification(String id, UserId recipientId, String type, String title, String body,
                           Map<String, String> payload, String sourceKey, boolean read, Instant createdAt) {

    public static final String PREFIX = "ntf";

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(createdAt, "createdAt");
        payload = Map.copyOf(payload);
    }

    public static String nextId(IdGenerator ids) {
        return ids.next(PREFIX);
    }

    public Notification markedRead() {
        return new Notification(id, recipientId, type, title, body, payload, sourceKey, true, createdAt);
    }
}
