package dev.callout.bootstrap;

import dev.callout.application.embedding.StandardEventCodecs;
import dev.callout.application.event.EventCodecs;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Every feature's event codec ({@link StandardEventCodecs}), so the outbox can store any event and relays can read it back. */
@Factory
class Events {

    @Singleton
    EventCodecs eventCodecs() {
        return StandardEventCodecs.all();
    }
}
