package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.user.UserId;
import java.util.Optional;

/** Users' notifications. A second notification with the same source key and recipient is not stored. */
public interface Notifications {

    AddResult add(Notification notification);

    /** The recipient's notifications, newest first; only read or only unread ones when {@code read} is given. */
    Page<Notification> list(UserId recipient, Boolean read, PageRequest page);

    /** Marks the recipient's notification read; empty when they have no such notification. */
    Optional<Notification> markRead(UserId recipient, String id);

    /** Marks all of the recipient's unread notifications read; how many there were. */
    int markAllRead(UserId recipient);

    enum AddResult { ADDED, DUPLICATE }
}
