package dev.callout.application.presence;

import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Transactions;
import java.time.Clock;

public final class SetAvailabilityService implements SetAvailabilityUseCase {

    private final PresenceChanges changes;

    public SetAvailabilityService(ProviderPresences presences, Transactions transactions, Clock clock) {
        this.changes = new PresenceChanges(presences, transactions, clock);
    }

    @Override
    public PresenceResult set(SetAvailabilityCommand command) {
        return changes.change(command.provider(), (presence, now) -> presence.choosing(command.availability(), now));
    }
}
