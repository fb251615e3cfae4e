package dev.callout.application.inmemory;

import dev.callout.application.port.LiveEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** One process, one node: published events go straight to the listeners. */
public final class InMemoryLiveEvents implements LiveEvents {

    private final List<Consumer<LiveEvent>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(LiveEvent event) {
        listeners.forEach(listener -> listener.accept(event));
    }

    @Override
    public void listen(Consumer<LiveEvent> listener) {
        listeners.add(listener);
    }
}
