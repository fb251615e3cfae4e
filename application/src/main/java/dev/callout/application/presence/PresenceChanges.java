package dev.callout.application.presence;

import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Transactions;
import dev.callout.application.presence.SetAvailabilityUseCase.PresenceResult;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;

/** Changes a provider's presence in one transaction, from an unknown one if they never had one. */
final class PresenceChanges {

    private final ProviderPresences presences;
    private final Transactions transactions;
    private final Clock clock;

    PresenceChanges(ProviderPresences presences, Transactions transactions, Clock clock) {
        this.presences = presences;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Only providers are on the map. */
    PresenceResult change(Actor provider, BiFunction<ProviderPresence, Instant, ProviderPresence> change) {
        if (!provider.is(Role.PROVIDER)) {
            return new PresenceResult.NotAProvider();
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            ProviderPresence presence = change.apply(presences.byProvider(provider.id())
                    .orElseGet(() -> ProviderPresence.unknown(provider.id(), now)), now);
            presences.save(presence);
            return new PresenceResult.Updated(presence);
        });
    }
}
