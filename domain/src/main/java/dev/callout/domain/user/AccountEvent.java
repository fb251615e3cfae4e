package dev.callout.domain.user;

import dev.callout.domain.event.DomainEvent;
import java.time.Instant;

/** Changes to an account that others may react to (notify the provider, drop them from dispatch). */
public sealed interface AccountEvent extends DomainEvent {

    // the event types, as stored, published and named by subscribers
    String PROVIDER_APPROVED = "account.provider_approved";
    String SUSPENDED = "account.suspended";
    String REINSTATED = "account.reinstated";
    String DELETED = "account.deleted";

    UserId userId();

    @Override
    default String subjectId() {
        return userId().value();
    }

    /** An admin changed the account's status: approved, suspended or reinstated. */
    record StatusChangedByAdmin(UserId userId, Role role, AdminAction action, String note, Instant occurredAt)
            implements AccountEvent {
        @Override
        public String type() {
            return switch (action) {
                case APPROVED -> AccountEvent.PROVIDER_APPROVED;
                case SUSPENDED -> AccountEvent.SUSPENDED;
                case REINSTATED -> AccountEvent.REINSTATED;
            };
        }
    }

    /** The owner deleted the account. */
    record Deleted(UserId userId, Role role, Instant occurredAt) implements AccountEvent {
        @Override
        public String type() {
            return DELETED;
        }
    }
}
