package dev.callout.application.job;

import dev.callout.domain.job.Job;
import dev.callout.domain.job.Rejection;
import java.util.Map;

/** What a job command came to. */
public sealed interface JobResult {

    record Ok(Job job) implements JobResult {
    }

    /** A rule of the job's life refused the command. */
    record Refused(Rejection reason) implements JobResult {
    }

    /** No such job, or not one the caller may see. */
    record NotFound() implements JobResult {
    }

    /** The input names things that do not exist or do not fit (unknown category, wrong currency). */
    record Invalid(Map<String, String> fields) implements JobResult {
        public Invalid {
            fields = Map.copyOf(fields);
        }
    }

    /** The job kept changing under the command; nothing was written and the caller may retry. */
    record Conflict() implements JobResult {
    }
}
