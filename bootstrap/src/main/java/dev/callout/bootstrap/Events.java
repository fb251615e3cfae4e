package dev.callout.bootstrap;

import dev.callout.application.account.SessionsRevokedCodec;
import dev.callout.application.event.AccountEventCodec;
import dev.callout.application.event.DispatchEventCodec;
import dev.callout.application.event.EventCodec;
import dev.callout.application.event.EventCodecs;
import dev.callout.application.event.JobEventCodec;
import dev.callout.application.event.ModerationEventCodec;
import dev.callout.application.event.TrustEventCodec;
import dev.callout.application.payment.PaymentEventCodec;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Every feature's event codec as a bean, so the outbox can store any event and relays can read it back;
 * the same list as {@link dev.callout.application.embedding.StandardEventCodecs}, which embedders get
 * (EventCodecRegistrationTest keeps the two equal).
 */
@Factory
class Events {

    @Singleton
    JobEventCodec jobEventCodec() {
        return new JobEventCodec();
    }

    @Singleton
    DispatchEventCodec dispatchEventCodec() {
        return new DispatchEventCodec();
    }

    @Singleton
    PaymentEventCodec paymentEventCodec() {
        return new PaymentEventCodec();
    }

    @Singleton
    TrustEventCodec trustEventCodec() {
        return new TrustEventCodec();
    }

    @Singleton
    AccountEventCodec accountEventCodec() {
        return new AccountEventCodec();
    }

    @Singleton
    SessionsRevokedCodec sessionsRevokedCodec() {
        return new SessionsRevokedCodec();
    }

    @Singleton
    ModerationEventCodec moderationEventCodec() {
        return new ModerationEventCodec();
    }

    @Singleton
    EventCodecs eventCodecs(List<EventCodec> codecs) {
        return new EventCodecs(codecs);
    }
}
