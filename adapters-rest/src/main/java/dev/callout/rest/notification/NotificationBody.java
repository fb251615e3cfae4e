package dev.callout.rest.notification;

import dev.callout.domain.notification.Notification;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

@Serdeable
@Schema(name = "Notification")
public record NotificationBody(String id, String type, String title, String body, Map<String, String> payload,
                               boolean read, Instant createdAt) {
    static NotificationBody of(Notification notification) {
        return new NotificationBody(notification.id(), notification.type(), notification.title(), notification.body(),
                notification.payload(), notification.read(), notification.createdAt());
    }
}
