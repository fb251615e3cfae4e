package dev.callout.application.port;

import dev.callout.application.PageRequest;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * Which jobs to list, newest first. The scope says whose: a customer's own, a provider's
 * (assigned to them, plus open jobs in their categories they have not withdrawn from), a party's
 * (posted or taken by them), or all.
 * Status and category narrow it further when given; {@code ordersOnly} keeps the jobs ordered from a catalog
 * package (priced on the package basis) and no other.
 */
public record JobQuery(Scope scope, JobStatus status, String category, PageRequest page, boolean ordersOnly) {

    public JobQuery {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(page, "page");
    }

    public JobQuery(Scope scope, JobStatus status, String category, PageRequest page) {
        this(scope, status, category, page, false);
    }

    public sealed interface Scope {
        record OfCustomer(UserId customerId) implements Scope {
        }

        record OfProvider(UserId providerId, Set<String> categories) implements Scope {
            public OfProvider {
                categories = Set.copyOf(categories);
            }
        }

        /** Jobs the user posted or took, open jobs of others not included. */
        record OfParty(UserId userId) implements Scope {
        }

        record All() implements Scope {
        }
    }
}
