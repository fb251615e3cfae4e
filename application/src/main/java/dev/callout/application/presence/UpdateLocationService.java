package dev.callout.application.presence;

import dev.callout.application.port.EtaEstimator;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Transactions;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

public final class UpdateLocationService implements UpdateLocationUseCase {

    /** Every reported position, for the operators' map (see {@code Audience}). */
    public static final String POSITION = "provider.position";
    /** A provider's position on their job, to its customer. */
    public static final String LOCATION = "provider.location";
    /** The provider's time to arrival, to the job's customer until the work starts. */
    public static final String ETA = "eta.updated";

    private final ProviderPresences presences;
    private final Jobs jobs;
    private final LiveEvents live;
    private final EtaEstimator etas;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateLocationService(ProviderPresences presences, Jobs jobs, LiveEvents live, EtaEstimator etas,
                                 Transactions transactions, Clock clock) {
        this.presences = presences;
        this.jobs = jobs;
        this.live = live;
        this.etas = etas;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public LocationResult update(UpdateLocationCommand command) {
        if (!command.provider().is(Role.PROVIDER)) {
            return new LocationResult.NotAProvider();
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            ProviderPresence presence = presences.byProvider(command.provider().id())
                    .orElseGet(() -> ProviderPresence.unknown(command.provider().id(), now))
                    .at(command.point(), now);
            presences.save(presence);
            live.publish(new LiveEvent(POSITION, position(presence.providerId().value(), command.point(), now)));
            // read from the jobs, not the presence: the presence learns of an acceptance only after commit
            jobs.activeFor(presence.providerId()).ifPresent(job -> track(job, command.point(), now));
            return new LocationResult.Updated(now);
        });
    }

    /** The customer sees the provider's position and, until the work starts, the time to arrival. */
    private void track(Job job, GeoPoint point, Instant now) {
        Map<String, Object> location = parties(job);
        location.put("lat", point.lat());
        location.put("lng", point.lng());
        location.put("at", now.toString());
        live.publish(new LiveEvent(LOCATION, location));
        if (job.status() == JobStatus.IN_PROGRESS) {
            return;
        }
        GeoPoint destination = job.details().location().point();
        Map<String, Object> eta = parties(job);
        eta.put("eta_seconds", etas.eta(point, destination, job.details().category()).toSeconds());
        eta.put("distance_km", BigDecimal.valueOf(point.distanceKm(destination)).setScale(3, RoundingMode.HALF_UP));
        eta.put("at", now.toString());
        live.publish(new LiveEvent(ETA, eta));
    }

    private static Map<String, Object> position(String providerId, GeoPoint point, Instant at) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("provider_id", providerId);
        fields.put("lat", point.lat());
        fields.put("lng", point.lng());
        fields.put("at", at.toString());
        return fields;
    }

    private static Map<String, Object> parties(Job job) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("job_id", job.id().value());
        fields.put("customer_id", job.customerId().value());
        fields.put("provider_id", job.providerId().value());
        return fields;
    }
}
