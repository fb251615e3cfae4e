package dev.callout.application.development;

import dev.callout.application.port.PushSender;
import dev.callout.domain.notification.Notification;
import java.util.List;

/** The default push sender: sends nothing, remembers the last {@value #KEPT} notifications it was given (for tests and development). */
public final class RecordingPushSender implements PushSender {

    private static final System.Logger LOG = System.getLogger("callout.push");

    static final int KEPT = 1000;

    private final java.util.ArrayDeque<Notification> sent = new java.util.ArrayDeque<>();

    @Override
    public synchronized void send(Notification notification) {
        if (sent.size() == KEPT) {
            sent.removeFirst();
        }
        sent.addLast(notification);
        LOG.log(System.Logger.Level.DEBUG, "push to " + notification.recipientId() + ": " + notification.title());
    }

    public synchronized List<Notification> sent() {
        return List.copyOf(sent);
    }
}
