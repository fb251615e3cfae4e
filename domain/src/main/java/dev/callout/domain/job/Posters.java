package dev.callout.domain.job;

import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;

/**
 * Who may post jobs. By default only customers post and only providers take; a marketplace whose
 * users seek and help at once (Chayenity) lets providers post too. On a job, each account then
 * acts as the side it holds there: its poster is the customer, its taker the provider.
 */
public enum Posters {
    CUSTOMERS, CUSTOMERS_AND_PROVIDERS;

    public boolean mayPost(Actor actor) {
        return actor.is(Role.CUSTOMER) || (this == CUSTOMERS_AND_PROVIDERS && actor.is(Role.PROVIDER));
    }
}
