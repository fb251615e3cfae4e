package dev.callout.application.presence;

import dev.callout.application.port.NearbyJobs;
import dev.callout.application.port.ProviderPresences;
import dev.callout.domain.dispatch.DispatchPolicy;
import dev.callout.domain.dispatch.MatchPosition;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.geo.GeoPoint;
import java.time.Clock;
import java.util.Optional;

public final class FindNearbyJobsService implements FindNearbyJobsUseCase {

    private final NearbyJobs nearbyJobs;
    private final ProviderPresences presences;
    private final DispatchPolicy policy;
    private final Clock clock;

    public FindNearbyJobsService(NearbyJobs nearbyJobs, ProviderPresences presences, DispatchPolicy policy, Clock clock) {
        this.nearbyJobs = nearbyJobs;
        this.presences = presences;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public NearbyJobsResult find(NearbyJobsQuery query) {
        Optional<GeoPoint> center = query.lat() != null ? Optional.of(new GeoPoint(query.lat(), query.lng()))
                : presences.byProvider(query.provider().id()).flatMap(this::around);
        if (center.isEmpty()) {
            return new NearbyJobsResult.NoPosition();
        }
        GeoPoint from = center.get();
        return new NearbyJobsResult.Found(nearbyJobs.openNear(from, query.radiusKm(), query.provider().categories(),
                        query.provider().id(), query.budget(), query.limit()).stream()
                .filter(job -> job.isOpenTo(query.provider())) // not their own (an account may post and take)
                .map(job -> new NearbyJob(job, job.details().location().point().distanceKm(from)))
                .toList());
    }

    /** Where dispatch would look for them (a fresh position, else their base), else their last position however old. */
    private Optional<GeoPoint> around(ProviderPresence presence) {
        return presence.whereabouts(clock.instant(), policy.maxPositionAge()).map(MatchPosition::point)
                .or(() -> Optional.ofNullable(presence.position()));
    }
}
