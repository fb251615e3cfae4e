package dev.callout.application.payment;

import dev.callout.application.PageRequest;
import dev.callout.domain.user.UserId;
import java.util.Objects;

/** Whose payments to list: a customer's (they paid), a party's (paid by them or for their jobs), or all. */
public record PaymentQuery(Scope scope, PageRequest page) {

    public PaymentQuery {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(page, "page");
    }

    public sealed interface Scope {
        record OfCustomer(UserId customerId) implements Scope {
        }

        /** A user's payments on either side: paid by them or for their work (a provider may also post jobs). */
        record OfParty(UserId userId) implements Scope {
        }

        record All() implements Scope {
        }
    }
}
