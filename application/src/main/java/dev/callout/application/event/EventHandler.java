package dev.callout.application.event;

import dev.callout.domain.event.DomainEvent;

/**
 * Reacts to an event after the change that caused it has committed (capture a payment when a job
 * completes, dispatch a posted job, notify a party). A relay delivers each recorded event to every
 * handler that handles its type, at least once across all nodes, so a handler must be idempotent.
 */
public interface EventHandler {

    boolean handles(String eventType);

    void handle(DomainEvent event);

    /**
     * A stable, short name the relay records a failed delivery under, so that only this handler is
     * retried; admins see it on dead letters.
     */
    default String name() {
        return getClass().getName();
    }
}
