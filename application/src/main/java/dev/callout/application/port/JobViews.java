package dev.callout.application.port;

import dev.callout.application.job.JobView;
import dev.callout.domain.job.JobId;
import java.util.Optional;

/** A job read with what GET /jobs/{id} shows beside it, all at once (one statement in PostgreSQL). */
public interface JobViews {

    /** The job, its order (null: not an order), its whole timeline, oldest entry first, and its photos (purpose job). */
    Optional<JobView> byId(JobId id);
}
