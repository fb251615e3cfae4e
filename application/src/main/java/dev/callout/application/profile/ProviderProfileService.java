package dev.callout.application.profile;

import dev.callout.application.port.Jobs;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.Users;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;

public final class ProviderProfileService implements GetProviderProfileUseCase {

    private final Users users;
    private final Reviews reviews;
    private final Jobs jobs;
    private final ProviderPresences presences;
    private final Clock clock;

    public ProviderProfileService(Users users, Reviews reviews, Jobs jobs, ProviderPresences presences, Clock clock) {
        this.users = users;
        this.reviews = reviews;
        this.jobs = jobs;
        this.presences = presences;
        this.clock = clock;
    }

    @Override
    public Optional<ProviderProfile> profile(UserId providerId) {
        return users.byId(providerId).filter(user -> user.role() == Role.PROVIDER && user.isActive())
                .map(this::profileOf);
    }

    private ProviderProfile profileOf(User provider) {
        Availability availability = presences.byProvider(provider.id()).map(ProviderPresence::availability)
                .orElse(Availability.OFFLINE);
        return new ProviderProfile(provider, reviews.summaryAbout(provider.id(), clock.instant()),
                jobs.completedBy(provider.id()), availability);
    }
}
