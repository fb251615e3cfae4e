package dev.callout.application.presence;

import dev.callout.application.port.EtaEstimator;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.ProviderPresences.PositionReport;
import dev.callout.application.port.Transactions;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Positions are written with their frames in one transaction: an update alone, the reports kept since the last
 * flush together (a few statements for all of them, in batches of {@link #BATCH}), so a stream of positions from
 * many sockets takes a connection a few times a second instead of once per frame.
 */
public final class UpdateLocationService implements UpdateLocationUseCase {

    /** Every reported position, for the operators' map (see {@code Audience}). */
    public static final String POSITION = "provider.position";
    /** A provider's position on their job, to its customer. */
    public static final String LOCATION = "provider.location";
    /** The provider's time to arrival, to the job's customer until the work starts. */
    public static final String ETA = "eta.updated";
    static final int BATCH = 500;
    private static final Comparator<PositionReport> BY_PROVIDER = Comparator.comparing(report -> report.providerId().value());
    private static final System.Logger LOG = System.getLogger("callout.presence");

    private final ProviderPresences presences;
    private final Jobs jobs;
    private final LiveEvents live;
    private final EtaEstimator etas;
    private final Transactions transactions;
    private final Clock clock;
    /** The latest report of each provider since the last flush. */
    private final Map<UserId, PositionReport> reported = new ConcurrentHashMap<>();

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
        PositionReport report = new PositionReport(command.provider().id(), command.point(), clock.instant());
        write(List.of(report));
        return new LocationResult.Updated(report.at());
    }

    @Override
    public LocationResult report(UpdateLocationCommand command) {
        if (!command.provider().is(Role.PROVIDER)) {
            return new LocationResult.NotAProvider();
        }
        PositionReport report = new PositionReport(command.provider().id(), command.point(), clock.instant());
        keep(report);
        return new LocationResult.Updated(report.at());
    }

    /** Until the next flush, unless the provider's kept report is later. */
    private void keep(PositionReport report) {
        reported.merge(report.providerId(), report, (kept, other) -> other.at().isBefore(kept.at()) ? kept : other);
    }

    @Override
    public int flushReports() {
        List<PositionReport> drained = new ArrayList<>();
        for (UserId provider : List.copyOf(reported.keySet())) {
            PositionReport report = reported.remove(provider);
            if (report != null) {
                drained.add(report);
            }
        }
        drained.sort(BY_PROVIDER);
        int written = 0;
        for (int from = 0; from < drained.size(); from += BATCH) {
            int to = Math.min(drained.size(), from + BATCH);
            try {
                written += writeOrEachAlone(drained.subList(from, to));
            } catch (RuntimeException e) {
                drained.subList(to, drained.size()).forEach(this::keep);
                throw e;
            }
        }
        return written;
    }

    /**
     * A batch that fails is written one report at a time; one that fails alone is logged and dropped, the others are
     * written. When the first two fail alone too (or a batch of one fails), the database is the trouble: the rest go
     * back to wait for the next flush, and the failure is thrown for the caller's loop to log once and wait.
     */
    private int writeOrEachAlone(List<PositionReport> batch) {
        try {
            write(batch);
            return batch.size();
        } catch (RuntimeException together) {
            if (batch.size() == 1) {
                throw together;
            }
            Map<PositionReport, RuntimeException> failed = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                try {
                    write(List.of(batch.get(i)));
                } catch (RuntimeException alone) {
                    failed.put(batch.get(i), alone);
                    if (failed.size() == 2 && i == 1) {
                        batch.subList(2, batch.size()).forEach(this::keep);
                        throw together;
                    }
                }
            }
            failed.forEach((report, cause) -> LOG.log(System.Logger.Level.WARNING, "the position of "
                    + report.providerId().value() + " could not be written; the next report replaces it", cause));
            return batch.size() - failed.size();
        }
    }

    /** In the order of {@link #BY_PROVIDER}, so that two writers lock presences in the same order. */
    private void write(List<PositionReport> sorted) {
        transactions.inTransaction(() -> {
            presences.moveAll(sorted);
            // read from the jobs, not the presence: the presence learns of an acceptance only after commit
            Map<UserId, Job> active = jobs.activeFor(sorted.stream().map(PositionReport::providerId).toList());
            List<LiveEvent> frames = new ArrayList<>();
            for (PositionReport report : sorted) {
                frames.add(new LiveEvent(POSITION, position(report)));
                Job job = active.get(report.providerId());
                if (job != null) {
                    track(job, report, frames);
                }
            }
            live.publishAll(frames);
            return null;
        });
    }

    /** The customer sees the provider's position and, until the work starts, the time to arrival. */
    private void track(Job job, PositionReport report, List<LiveEvent> frames) {
        GeoPoint point = report.point();
        Map<String, Object> location = parties(job);
        location.put("lat", point.lat());
        location.put("lng", point.lng());
        location.put("at", report.at().toString());
        frames.add(new LiveEvent(LOCATION, location));
        if (job.status() == JobStatus.IN_PROGRESS) {
            return;
        }
        GeoPoint destination = job.details().location().point();
        Map<String, Object> eta = parties(job);
        eta.put("eta_seconds", etas.eta(point, destination, job.details().category()).toSeconds());
        eta.put("distance_km", BigDecimal.valueOf(point.distanceKm(destination)).setScale(3, RoundingMode.HALF_UP));
        eta.put("at", report.at().toString());
        frames.add(new LiveEvent(ETA, eta));
    }

    private static Map<String, Object> position(PositionReport report) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("provider_id", report.providerId().value());
        fields.put("lat", report.point().lat());
        fields.put("lng", report.point().lng());
        fields.put("at", report.at().toString());
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
