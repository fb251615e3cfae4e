package dev.callout.application.presence;

import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Transactions;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.job.Place;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class SetBaseLocationService implements SetBaseLocationUseCase {

    private final ProviderPresences presences;
    private final Transactions transactions;
    private final Clock clock;

    public SetBaseLocationService(ProviderPresences presences, Transactions transactions, Clock clock) {
        this.presences = presences;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public BaseLocationResult set(SetBaseLocationCommand command) {
        if (!command.provider().is(Role.PROVIDER)) {
            return new BaseLocationResult.NotAProvider();
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            ProviderPresence presence = presences.byProvider(command.provider().id())
                    .orElseGet(() -> ProviderPresence.unknown(command.provider().id(), now))
                    .basedAt(command.base(), now);
            presences.save(presence);
            return new BaseLocationResult.Updated(presence);
        });
    }

    @Override
    public Optional<Place> baseLocation(Actor provider) {
        return presences.byProvider(provider.id()).map(ProviderPresence::base);
    }
}
