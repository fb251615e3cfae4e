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

    /**
     * Whether the caller may see the job, and if not, how to say so: by default a caller who is not
     * party to an existing job is told nothing (NOT_FOUND), so ids reveal nothing; a deployment whose
     * product answers 403 to them (BlueWork) sets {@code callout.jobs.refuse-non-parties-openly}.
     */
    Access access(Actor actor, JobId id);

    enum Access { VISIBLE, FORBIDDEN, NOT_FOUND }
}
