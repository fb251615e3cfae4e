package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Notifications;
import dev.callout.domain.job.JobId;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.user.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryNotifications implements Notifications {

    private final Map<String, Notification> notifications = new LinkedHashMap<>();

    @Override
    public synchronized AddResult add(Notification notification) {
        boolean duplicate = notifications.values().stream().anyMatch(existing -> existing.sourceKey().equals(notification.sourceKey())
                && existing.recipientId().equals(notification.recipientId()));
        if (duplicate) {
            return AddResult.DUPLICATE;
        }
        notifications.put(notification.id(), notification);
        return AddResult.ADDED;
    }

    @Override
    public synchronized Page<Notification> list(UserId recipient, Boolean read, PageRequest page) {
        return Pages.of(of(recipient).stream().filter(notification -> read == null || notification.read() == read).toList(), page);
    }

    @Override
    public synchronized Optional<Notification> markRead(UserId recipient, String id) {
        Notification notification = notifications.get(id);
        if (notification == null || !notification.recipientId().equals(recipient)) {
            return Optional.empty();
        }
        Notification read = notification.markedRead();
        notifications.put(id, read);
        return Optional.of(read);
    }

    @Override
    public synchronized int markAllRead(UserId recipient) {
        List<Notification> unread = of(recipient).stream().filter(notification -> !notification.read()).toList();
        unread.forEach(notification -> notifications.put(notification.id(), notification.markedRead()));
        return unread.size();
    }

    private List<Notification> of(UserId recipient) {
        return notifications.values().stream().filter(notification -> notification.recipientId().equals(recipient))
                .sorted(Comparator.comparing(Notification::createdAt).thenComparing(Notification::id).reversed())
                .toList();
    }

    /** Removes the notifications whose payload names the job. */
    synchronized void removeJob(JobId jobId) {
        notifications.values().removeIf(notification -> jobId.value().equals(notification.payload().get("job_id")));
    }
}
