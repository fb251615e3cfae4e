package dev.callout.application.job;

import dev.callout.application.Page;
import dev.callout.application.port.JobQuery;
import dev.callout.application.port.Jobs;
import dev.callout.domain.job.Job;
import dev.callout.domain.user.Actor;
import java.util.Set;

public final class ListJobsService implements ListJobsUseCase {

    private final Jobs jobs;

    public ListJobsService(Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Page<Job> list(ListJobsQuery query) {
        Actor actor = query.actor();
        JobQuery.Scope scope = switch (query.side()) {
            case POSTED -> new JobQuery.Scope.OfCustomer(actor.id());
            case TAKEN -> new JobQuery.Scope.OfProvider(actor.id(), Set.of());
            case EITHER -> new JobQuery.Scope.OfParty(actor.id());
            case ROLE -> switch (actor.role()) {
                case CUSTOMER -> new JobQuery.Scope.OfCustomer(actor.id());
                case PROVIDER -> new JobQuery.Scope.OfProvider(actor.id(), actor.categories());
                case ADMIN -> new JobQuery.Scope.All();
            };
        };
        return jobs.list(new JobQuery(scope, query.status(), query.category(), query.page(), query.ordersOnly()));
    }
}
