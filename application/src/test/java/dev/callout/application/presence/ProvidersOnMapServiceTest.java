package dev.callout.application.presence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.inmemory.InMemoryProviderPresences;
import dev.callout.application.inmemory.InMemoryReviews;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.application.presence.ProvidersOnMapUseCase.ProviderOnMap;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProvidersOnMapServiceTest {

    private final Instant now = ContractFixtures.T0;
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryProviderPresences presences = new InMemoryProviderPresences(users, new InMemoryReviews());
    private final ProvidersOnMapService map = new ProvidersOnMapService(users, presences, Clock.fixed(now, ZoneOffset.UTC));

    private User provider(Availability availability) {
        User provider = ContractFixtures.provider(Set.of("towing"));
        users.add(provider);
        presences.save(ProviderPresence.unknown(provider.id(), now).choosing(availability, now));
        return provider;
    }

    @Test
    void onlyActiveProvidersWhoChoseOnlineAndAreNotOnAJobAreAvailableAcrossPages() {
        IntStream.range(0, 120).forEach(i -> provider(Availability.ONLINE));
        provider(Availability.OFFLINE);
        User busy = provider(Availability.ONLINE);
        presences.save(presences.byProvider(busy.id()).orElseThrow().working(new JobId("job_" + ContractFixtures.unique()), now));
        User suspended = provider(Availability.ONLINE);
        users.update(suspended.withStatus(AccountStatus.SUSPENDED));

        assertThat(map.available()).hasSize(120).extracting(ProviderOnMap::provider).doesNotContain(busy, suspended);
    }

    @Test
    void aProviderWhoNeverSaidAnythingIsOfflineAndNowhereAndOthersAreNotProviders() {
        User quiet = ContractFixtures.provider(Set.of("repair"));
        users.add(quiet);
        User customer = ContractFixtures.customer();
        users.add(customer);
        User placed = provider(Availability.ONLINE);
        presences.save(presences.byProvider(placed.id()).orElseThrow().at(new GeoPoint(36.75, 3.06), now));

        assertThat(map.provider(quiet.id())).hasValueSatisfying(found -> {
            assertThat(found.presence().availability()).isEqualTo(Availability.OFFLINE);
            assertThat(found.presence().position()).isNull();
        });
        assertThat(map.provider(placed.id()).orElseThrow().presence().position()).isEqualTo(new GeoPoint(36.75, 3.06));
        assertThat(map.provider(customer.id())).isEmpty();
    }
}
