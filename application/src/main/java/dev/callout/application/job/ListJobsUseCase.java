package dev.callout.application.job;

import dev.callout.application.FieldErrors;
import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.user.Actor;
import java.util.Objects;

/**
 * The caller's jobs, newest first: a customer's own; a provider's assigned jobs and the open
 * jobs of their categories; every job for an admin.
 */
public interface ListJobsUseCase {

    Page<Job> list(ListJobsQuery query);

    /** Which of the caller's jobs: as their role sees them (above), or only those they posted, took, or either. */
    enum Side {
        ROLE, POSTED, TAKEN, EITHER
    }

    /** {@code ordersOnly}: the jobs ordered from a catalog package, and no other. */
    record ListJobsQuery(Actor actor, JobStatus status, String category, PageRequest page, Side side, boolean ordersOnly) {
        public ListJobsQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(side, "side");
            new FieldErrors().singleLine(category, Category.MAX_CODE_LENGTH, "category").throwIfAny();
        }

        public ListJobsQuery(Actor actor, JobStatus status, String category, PageRequest page, Side side) {
            this(actor, status, category, page, side, false);
        }

        public ListJobsQuery(Actor actor, JobStatus status, String category, PageRequest page) {
            this(actor, status, category, page, Side.ROLE);
        }

        /** This query, kept to the jobs ordered from a package. */
        public ListJobsQuery orders() {
            return new ListJobsQuery(actor, status, category, page, side, true);
        }
    }
}
