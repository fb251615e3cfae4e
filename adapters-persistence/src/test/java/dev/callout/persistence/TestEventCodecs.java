package dev.callout.persistence;

import dev.callout.application.event.DispatchEventCodec;
import dev.callout.application.event.EventCodecs;
import dev.callout.application.event.JobEventCodec;
import dev.callout.application.payment.PaymentEventCodec;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

/** The codecs the outbox needs; bootstrap provides them in the server. */
@Factory
class TestEventCodecs {

    @Singleton
    EventCodecs codecs() {
        return new EventCodecs(List.of(new JobEventCodec(), new DispatchEventCodec(), new PaymentEventCodec()));
    }
}
