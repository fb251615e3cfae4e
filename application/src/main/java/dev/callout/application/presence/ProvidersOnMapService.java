package dev.callout.application.presence;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Users;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the accounts page by page and each one's presence; meant for the small fleets of one deployment. */
public final class ProvidersOnMapService implements ProvidersOnMapUseCase {

    private final Users users;
    private final ProviderPresences presences;
    private final Clock clock;

    public ProvidersOnMapService(Users users, ProviderPresences presences, Clock clock) {
        this.users = users;
        this.presences = presences;
        this.clock = clock;
    }

    @Override
    public Optional<ProviderOnMap> provider(UserId providerId) {
        return users.byId(providerId).filter(user -> user.role() == Role.PROVIDER && user.isActive()).map(this::onMap);
    }

    @Override
    public List<ProviderOnMap> available() {
        List<ProviderOnMap> available = new ArrayList<>();
        Page<User> page = users.list(Role.PROVIDER, AccountStatus.ACTIVE, new PageRequest(1, PageRequest.MAX_LIMIT));
        while (!page.items().isEmpty()) {
            page.items().stream().map(this::onMap)
                    .filter(provider -> provider.presence().availability() == Availability.ONLINE)
                    .forEach(available::add);
            page = users.list(Role.PROVIDER, AccountStatus.ACTIVE, new PageRequest(page.request().page() + 1, PageRequest.MAX_LIMIT));
        }
        return available;
    }

    private ProviderOnMap onMap(User provider) {
        ProviderPresence presence = presences.byProvider(provider.id())
                .orElseGet(() -> ProviderPresence.unknown(provider.id(), clock.instant()));
        return new ProviderOnMap(provider, presence);
    }
}
