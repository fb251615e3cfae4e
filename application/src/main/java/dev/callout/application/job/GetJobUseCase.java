package dev.callout.application.job;

import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import java.util.Optional;

/** One job, if the caller may see it (a party, an admin, or a provider it is open to). */
public interface GetJobUseCase {

    Optional<Job> get(Actor actor, JobId id);

    /** The job with its order, if it is one, and what only its parties and admins see: its timeline. */
    Optional<JobView> view(Actor actor, JobId id);
}
