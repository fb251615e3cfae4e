package dev.callout.application.payment;

import dev.callout.application.PageRequest;
import dev.callout.domain.user.UserId;
import java.util.Objects;

/** Whose payments to list: a customer's (they paid), a provider's (for their jobs), or all. */
public record PaymentQuery(Scope scope, PageRequest page) {

    public PaymentQuery {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(page, "page");
    }

    public sealed interface Scope {
        record OfCustomer(UserId customerId) implements Scope {
        }

        record OfProvider(UserId providerId) implements Scope {
        }

        record All() implements Scope {
        }
    }
}
