package dev.callout.application.embedding;

import dev.callout.application.account.SessionsRevokedCodec;
import dev.callout.application.event.AccountEventCodec;
import dev.callout.application.event.DispatchEventCodec;
import dev.callout.application.event.EventCodecs;
import dev.callout.application.event.JobEventCodec;
import dev.callout.application.event.ModerationEventCodec;
import dev.callout.application.event.TrustEventCodec;
import dev.callout.application.payment.PaymentEventCodec;
import java.util.List;

/** The codecs of every feature's events, for the server and embedders alike: the one place a new event family is registered. */
public final class StandardEventCodecs {

    private StandardEventCodecs() {
    }

    public static EventCodecs all() {
        return new EventCodecs(List.of(new JobEventCodec(), new DispatchEventCodec(), new PaymentEventCodec(),
                new TrustEventCodec(), new AccountEventCodec(), new SessionsRevokedCodec(), new ModerationEventCodec()));
    }
}
