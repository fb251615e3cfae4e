package dev.callout.application.job;

import dev.callout.domain.user.Actor;
import java.util.Objects;

/** A customer posts a job; it is priced with the same function as a quote. */
public interface PostJobUseCase {

    JobResult post(PostJobCommand command);

    record PostJobCommand(Actor customer, JobRequest request) {
        public PostJobCommand {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(request, "request");
        }
    }
}
