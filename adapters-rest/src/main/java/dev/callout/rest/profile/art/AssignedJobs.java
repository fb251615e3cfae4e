package dev.callout.rest.profile.art;

import dev.callout.application.PageRequest;
import dev.callout.application.job.ListJobsUseCase;
import dev.callout.application.job.ListJobsUseCase.ListJobsQuery;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.Actor;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The jobs an actor is a party to in the given states, newest first: the canonical list of each
 * state (its newest {@link PageRequest#MAX_LIMIT}), without the open jobs a provider is only offered.
 */
@Singleton
@Requires(property = "callout.profile", value = "art")
class AssignedJobs {

    private final ListJobsUseCase jobs;

    AssignedJobs(ListJobsUseCase jobs) {
        this.jobs = jobs;
    }

    List<Job> of(Actor actor, Set<JobStatus> statuses) {
        return statuses.stream()
                .flatMap(status -> jobs.list(new ListJobsQuery(actor, status, null, new PageRequest(1, PageRequest.MAX_LIMIT)))
                        .items().stream())
                .filter(job -> job.isParty(actor))
                .sorted(Comparator.comparing(Job::createdAt).thenComparing(job -> job.id().value()).reversed())
                .toList();
    }
}
