package dev.callout.application.inmemory;

import dev.callout.application.PageRequest;
import dev.callout.application.port.JobQuery;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.NearbyJobs;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Open jobs near a point, by reading every open job of the categories: fine for tests and small embedders. */
public final class InMemoryNearbyJobs implements NearbyJobs {

    private final Jobs jobs;

    public InMemoryNearbyJobs(Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<Job> openNear(GeoPoint center, double radiusKm, Set<String> categories, UserId provider, Budget budget,
                              int limit) {
        List<Job> open = new ArrayList<>();
        JobQuery.Scope scope = new JobQuery.Scope.OfProvider(provider, categories);
        for (int page = 1; ; page++) {
            List<Job> items = jobs.list(new JobQuery(scope, JobStatus.REQUESTED, null,
                    new PageRequest(page, PageRequest.MAX_LIMIT))).items();
            open.addAll(items);
            if (items.size() < PageRequest.MAX_LIMIT) {
                break;
            }
        }
        return open.stream()
                .filter(job -> job.details().location().point().distanceKm(center) <= radiusKm)
                .filter(job -> budget.admits(job.price().total()))
                .sorted(Comparator.comparingDouble((Job job) -> job.details().location().point().distanceKm(center))
                        .thenComparing(job -> job.id().value()))
                .limit(limit)
                .toList();
    }
}
