package dev.callout.application.notification;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.user.Actor;
import java.util.Optional;

/** A user's own notifications: list (all, read or unread), mark one or all read. */
public interface NotificationsUseCase {

    Page<Notification> list(Actor actor, Boolean read, PageRequest page);

    Optional<Notification> markRead(Actor actor, String id);

    int markAllRead(Actor actor);
}
