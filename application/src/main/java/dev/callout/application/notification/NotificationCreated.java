package dev.callout.application.notification;

import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.notification.Notification;
import java.time.Instant;
import java.util.Objects;

/** A notification was stored: pushed live to its recipient's sockets and to their phones. */
public record NotificationCreated(Notification notification) implements DomainEvent {

    public static final String TYPE = "notification.created";

    public NotificationCreated {
        Objects.requireNonNull(notification, "notification");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectId() {
        return notification.id();
    }

    @Override
    public Instant occurredAt() {
        return notification.createdAt();
    }
}
