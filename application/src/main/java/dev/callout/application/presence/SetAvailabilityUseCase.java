package dev.callout.application.presence;

import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.user.Actor;
import java.util.Objects;

/** A provider says whether they take work: online, offline or busy. */
public interface SetAvailabilityUseCase {

    PresenceResult set(SetAvailabilityCommand command);

    record SetAvailabilityCommand(Actor provider, Availability availability) {
        public SetAvailabilityCommand {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(availability, "availability");
        }
    }

    sealed interface PresenceResult {
        /** The stored presence; its {@code availability()} is busy while on a job whatever was chosen. */
        record Updated(ProviderPresence presence) implements PresenceResult {
        }

        /** Only providers are on the map. */
        record NotAProvider() implements PresenceResult {
        }
    }
}
