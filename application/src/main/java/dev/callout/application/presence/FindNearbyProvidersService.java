package dev.callout.application.presence;

import dev.callout.application.port.Categories;
import dev.callout.application.port.EtaEstimator;
import dev.callout.application.port.ProviderPresences;
import dev.callout.domain.dispatch.DispatchPolicy;
import dev.callout.domain.dispatch.Matching;
import dev.callout.domain.dispatch.NearbySearch;
import java.time.Clock;
import java.util.Set;

public final class FindNearbyProvidersService implements FindNearbyProvidersUseCase {

    private final ProviderPresences presences;
    private final Categories categories;
    private final EtaEstimator etas;
    private final DispatchPolicy policy;
    private final Clock clock;

    public FindNearbyProvidersService(ProviderPresences presences, Categories categories, EtaEstimator etas,
                                      DispatchPolicy policy, Clock clock) {
        this.presences = presences;
        this.categories = categories;
        this.etas = etas;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public NearbyProvidersResult find(NearbyProvidersQuery query) {
        if (categories.byCode(query.category()).isEmpty()) {
            return new NearbyProvidersResult.UnknownCategory();
        }
        NearbySearch search = new NearbySearch(query.center(), query.category(), query.radiusKm(), query.limit(),
                Set.of(query.actor().id()), clock.instant(), policy.maxPositionAge());
        return new NearbyProvidersResult.Found(Matching.rank(presences.near(search), search).stream()
                .map(match -> new NearbyProvider(match, etas.eta(match.position().point(), query.center(),
                        query.category())))
                .toList());
    }
}
