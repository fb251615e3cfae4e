package dev.callout.bootstrap;

import dev.callout.application.event.EventCodec;
import dev.callout.application.event.EventCodecs;
import dev.callout.application.event.JobEventCodec;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

/** The event codecs of every feature, so the outbox can store any event and relays can read it back. */
@Factory
class Events {

    @Singleton
    JobEventCodec jobEventCodec() {
        return new JobEventCodec();
    }

    @Singleton
    EventCodecs eventCodecs(List<EventCodec> codecs) {
        return new EventCodecs(codecs);
    }
}
