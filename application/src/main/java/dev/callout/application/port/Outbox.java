package dev.callout.application.port;

import dev.callout.domain.event.DomainEvent;
import java.util.List;

/**
 * Records the events a change caused, in the same transaction as the change, so that they are
 * published after commit and never for a change that rolled back.
 */
public interface Outbox {

    void record(List<? extends DomainEvent> events);
}
