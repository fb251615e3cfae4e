package dev.callout.application.presence;

import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Transactions;
import dev.callout.application.presence.SetAvailabilityUseCase.PresenceResult;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.job.Place;
import dev.callout.domain.user.Actor;
import java.time.Clock;
import java.util.Optional;

public final class SetBaseLocationService implements SetBaseLocationUseCase {

    private final ProviderPresences presences;
    private final PresenceChanges changes;

    public SetBaseLocationService(ProviderPresences presences, Transactions transactions, Clock clock) {
        this.presences = presences;
        this.changes = new PresenceChanges(presences, transactions, clock);
    }

    @Override
    public PresenceResult set(SetBaseLocationCommand command) {
        return changes.change(command.provider(), (presence, now) -> presence.basedAt(command.base(), now));
    }

    @Override
    public Optional<Place> baseLocation(Actor provider) {
        return presences.byProvider(provider.id()).map(ProviderPresence::base);
    }
}
