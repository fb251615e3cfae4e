package dev.callout.application.chat;

import dev.callout.domain.chat.Message;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A message was sent in a job's thread: pushed to both parties' sockets. */
public record MessageReceived(Message message, UserId customerId, UserId providerId) implements DomainEvent {

    public static final String TYPE = "message.received";

    public MessageReceived {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(customerId, "customerId");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectId() {
        return message.jobId().value();
    }

    @Override
    public Instant occurredAt() {
        return message.sentAt();
    }
}
