package dev.callout.application.job;

import dev.callout.application.port.JobViews;
import dev.callout.application.port.Jobs;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.util.Optional;

public final class GetJobService implements GetJobUseCase {

    private final Jobs jobs;
    private final JobViews views;
    private final boolean refuseNonPartiesOpenly;

    /** Non-parties of an existing job are told it is not found. */
    public GetJobService(Jobs jobs, JobViews views) {
        this(jobs, views, false);
    }

    /** {@code refuseNonPartiesOpenly}: tell a caller who may not see an existing job that they are forbidden. */
    public GetJobService(Jobs jobs, JobViews views, boolean refuseNonPartiesOpenly) {
        this.jobs = jobs;
        this.views = views;
        this.refuseNonPartiesOpenly = refuseNonPartiesOpenly;
    }

    @Override
    public Optional<Job> get(Actor actor, JobId id) {
        return jobs.byId(id).filter(job -> job.isVisibleTo(actor));
    }

    @Override
    public Access access(Actor actor, JobId id) {
        return jobs.byId(id).map(job -> job.isVisibleTo(actor) ? Access.VISIBLE
                : refuseNonPartiesOpenly ? Access.FORBIDDEN : Access.NOT_FOUND).orElse(Access.NOT_FOUND);
    }

    @Override
    public Optional<JobView> view(Actor actor, JobId id) {
        return views.byId(id).filter(view -> view.job().isVisibleTo(actor))
                .map(view -> actor.is(Role.ADMIN) || view.job().isParty(actor) ? view : view.withoutTimeline());
    }
}
