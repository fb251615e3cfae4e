package dev.callout.application.presence;

import dev.callout.application.port.NearbyJobs;
import dev.callout.application.port.ProviderPresences;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.geo.GeoPoint;
import java.util.Optional;

public final class FindNearbyJobsService implements FindNearbyJobsUseCase {

    private final NearbyJobs nearbyJobs;
    private final ProviderPresences presences;

    public FindNearbyJobsService(NearbyJobs nearbyJobs, ProviderPresences presences) {
        this.nearbyJobs = nearbyJobs;
        this.presences = presences;
    }

    @Override
    public NearbyJobsResult find(NearbyJobsQuery query) {
        Optional<GeoPoint> center = query.lat() != null ? Optional.of(new GeoPoint(query.lat(), query.lng()))
                : presences.byProvider(query.provider().id()).map(ProviderPresence::position);
        if (center.isEmpty()) {
            return new NearbyJobsResult.NoPosition();
        }
        GeoPoint from = center.get();
        return new NearbyJobsResult.Found(nearbyJobs.openNear(from, query.radiusKm(), query.provider().categories(),
                        query.provider().id(), query.limit()).stream()
                .map(job -> new NearbyJob(job, job.details().location().point().distanceKm(from)))
                .toList());
    }
}
