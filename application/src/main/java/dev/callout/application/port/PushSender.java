package dev.callout.application.port;

import dev.callout.domain.notification.Notification;

/**
 * Sends a notification to the recipient's phones (APNs, FCM). Called after commit, at least once
 * per notification; a sender that cannot deliver throws and is retried.
 */
public interface PushSender {

    void send(Notification notification);
}
