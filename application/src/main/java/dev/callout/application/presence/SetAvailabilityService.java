package dev.callout.application.presence;

import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Transactions;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.user.Role;
import java.time.Clock;

public final class SetAvailabilityService implements SetAvailabilityUseCase {

    private final ProviderPresences presences;
    private final Transactions transactions;
    private final Clock clock;

    public SetAvailabilityService(ProviderPresences presences, Transactions transactions, Clock clock) {
        this.presences = presences;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PresenceResult set(SetAvailabilityCommand command) {
        if (!command.provider().is(Role.PROVIDER)) {
            return new PresenceResult.NotAProvider();
        }
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            ProviderPresence presence = presences.byProvider(command.provider().id())
                    .orElseGet(() -> ProviderPresence.unknown(command.provider().id(), now))
                    .choosing(command.availability(), now);
            presences.save(presence);
            return new PresenceResult.Updated(presence);
        });
    }
}
