package dev.callout.application.job;

import dev.callout.application.idempotency.OnCommit;
import dev.callout.domain.user.Actor;
import java.util.Objects;

/**
 * A customer orders a package: a job in the category of the package's service, priced by the
 * package (basis {@code package}), with details that fit the service's schema, dispatched like any job.
 * An unknown package, an archived service or details that do not fit: {@link JobResult.Invalid} naming each field.
 */
public interface OrderJobUseCase {

    /** Posts it; {@code onCommit} gets the posted job inside the transaction that stores it. */
    JobResult order(OrderCommand command, OnCommit<JobResult> onCommit);

    record OrderCommand(Actor customer, OrderRequest request) {
        public OrderCommand {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(request, "request");
        }
    }
}
