package dev.callout.application.job;

import dev.callout.application.port.Jobs;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import java.util.Optional;

public final class GetJobService implements GetJobUseCase {

    private final Jobs jobs;

    public GetJobService(Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Optional<Job> get(Actor actor, JobId id) {
        return jobs.byId(id).filter(job -> job.isVisibleTo(actor));
    }
}
