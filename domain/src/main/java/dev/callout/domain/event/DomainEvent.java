package dev.callout.domain.event;

import java.time.Instant;

/** Something that happened, named as clients see it ({@code job.accepted}, {@code payment.updated}). */
public interface DomainEvent {

    String type();

    /** The id of what the event is about: a job, a payment, a user. */
    String subjectId();

    Instant occurredAt();
}
