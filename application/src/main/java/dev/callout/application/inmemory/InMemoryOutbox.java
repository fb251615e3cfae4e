package dev.callout.application.inmemory;

import dev.callout.application.port.Outbox;
import dev.callout.domain.event.DomainEvent;
import java.util.ArrayList;
import java.util.List;

/** Keeps recorded events in order so tests and embedders can read what happened. */
public final class InMemoryOutbox implements Outbox {

    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(List<? extends DomainEvent> newEvents) {
        events.addAll(newEvents);
    }

    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }
}
