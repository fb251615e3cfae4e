package dev.callout.application.presence;

import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Approved providers as the map knows them: one with their presence (offline and nowhere until
 * they said otherwise), or those who take work now.
 */
public interface ProvidersOnMapUseCase {

    /** Empty unless the id is an active provider's. */
    Optional<ProviderOnMap> provider(UserId providerId);

    /** Active providers who chose to be online and are not on a job, in the order they signed up. */
    List<ProviderOnMap> available();

    record ProviderOnMap(User provider, ProviderPresence presence) {
        public ProviderOnMap {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(presence, "presence");
        }
    }
}
