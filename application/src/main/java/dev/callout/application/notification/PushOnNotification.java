package dev.callout.application.notification;

import dev.callout.application.event.EventHandler;
import dev.callout.application.port.PushSender;
import dev.callout.domain.event.DomainEvent;

/** Hands every stored notification to the push sender, after commit (at least once). */
public final class PushOnNotification implements EventHandler {

    private final PushSender push;

    public PushOnNotification(PushSender push) {
        this.push = push;
    }

    @Override
    public boolean handles(String eventType) {
        return NotificationCreated.TYPE.equals(eventType);
    }

    @Override
    public void handle(DomainEvent event) {
        push.send(((NotificationCreated) event).notification());
    }

    @Override
    public String name() {
        return "notification-push";
    }
}
