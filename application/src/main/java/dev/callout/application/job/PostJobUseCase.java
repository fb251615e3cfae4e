package dev.callout.application.job;

import dev.callout.application.idempotency.OnCommit;
import dev.callout.domain.user.Actor;
import java.util.Objects;

/** A customer posts a job; it is priced with the same function as a quote. */
public interface PostJobUseCase {

    default JobResult post(PostJobCommand command) {
        return post(command, OnCommit.nothing());
    }

    /** Posts it; {@code onCommit} gets the posted job inside the transaction that stores it. */
    JobResult post(PostJobCommand command, OnCommit<JobResult> onCommit);

    record PostJobCommand(Actor customer, JobRequest request) {
        public PostJobCommand {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(request, "request");
        }
    }
}
