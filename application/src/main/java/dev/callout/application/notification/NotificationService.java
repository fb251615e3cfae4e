package dev.callout.application.notification;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Notifications;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.user.Actor;
import java.util.Optional;

public final class NotificationService implements NotificationsUseCase {

    private final Notifications notifications;

    public NotificationService(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Page<Notification> list(Actor actor, Boolean read, PageRequest page) {
        return notifications.list(actor.id(), read, page);
    }

    @Override
    public Optional<Notification> markRead(Actor actor, String id) {
        return Prefixed.matches(id, Notification.PREFIX) ? notifications.markRead(actor.id(), id) : Optional.empty();
    }

    @Override
    public int markAllRead(Actor actor) {
        return notifications.markAllRead(actor.id());
    }
}
