package dev.callout.application.embedding;

import dev.callout.application.account.SessionsRevokedCodec;
import dev.callout.application.event.AccountEventCodec;
import dev.callout.application.event.DispatchEventCodec;
import dev.callout.application.event.EventCodec;
import dev.callout.application.event.EventCodecs;
import dev.callout.application.event.JobEventCodec;
import dev.callout.application.event.ModerationEventCodec;
import dev.callout.application.event.TrustEventCodec;
import dev.callout.application.payment.PaymentEventCodec;
import java.util.List;

/** The codecs of every feature's events for embedders; the server registers the same ones as beans ({@code Events}). */
public final class StandardEventCodecs {

    private StandardEventCodecs() {
    }

    public static List<EventCodec> list() {
        return List.of(new JobEventCodec(), new DispatchEventCodec(), new PaymentEventCodec(), new TrustEventCodec(),
                new AccountEventCodec(), new SessionsRevokedCodec(), new ModerationEventCodec());
    }

    public static EventCodecs all() {
        return new EventCodecs(list());
    }
}
