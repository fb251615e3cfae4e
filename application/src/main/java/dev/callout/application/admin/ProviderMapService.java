package dev.callout.application.admin;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Users;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.Candidate;
import dev.callout.domain.dispatch.MatchPosition;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.job.Job;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class ProviderMapService implements ProviderMapUseCase {

    private final Users users;
    private final ProviderPresences presences;
    private final Duration maxPositionAge;
    private final Clock clock;

    public ProviderMapService(Users users, ProviderPresences presences, Duration maxPositionAge, Clock clock) {
        this.users = users;
        this.presences = presences;
        this.maxPositionAge = maxPositionAge;
        this.clock = clock;
    }

    @Override
    public Optional<Page<ProviderOnMap>> list(Actor caller, PageRequest page) {
        if (!caller.is(Role.ADMIN)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Page<User> providers = users.list(Role.PROVIDER, AccountStatus.ACTIVE, page);
        Map<UserId, ProviderPresence> byId = presences.candidates(providers.items().stream().map(User::id).toList(), now)
                .stream().map(Candidate::presence)
                .collect(Collectors.toMap(ProviderPresence::providerId, Function.identity()));
        return Optional.of(providers.map(provider -> onMap(provider, byId.get(provider.id()), now)));
    }

    @Override
    public Optional<ProviderOnMap> assigned(Job job) {
        if (job.providerId() == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return users.byId(job.providerId()).map(provider -> onMap(provider, presences.candidates(List.of(provider.id()), now)
                .stream().map(Candidate::presence).findFirst().orElse(null), now));
    }

    private ProviderOnMap onMap(User provider, ProviderPresence presence, Instant now) {
        if (presence == null) {
            return new ProviderOnMap(provider, Availability.OFFLINE, null, null);
        }
        MatchPosition position = presence.whereabouts(now, maxPositionAge).orElse(null);
        Instant positionAt = position != null && position.source() == MatchPosition.Source.LIVE ? presence.positionAt() : null;
        return new ProviderOnMap(provider, presence.availability(), position, positionAt);
    }
}
