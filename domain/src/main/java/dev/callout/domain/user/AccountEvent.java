package dev.callout.domain.user;

import dev.callout.domain.event.DomainEvent;
import java.time.Instant;

/** Changes to an account that others may react to (notify the provider, drop them from dispatch). */
public sealed interface AccountEvent extends DomainEvent {

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
                case APPROVED -> "account.provider_approved";
                case SUSPENDED -> "account.suspended";
                case REINSTATED -> "account.reinstated";
            };
        }
    }

    /** The owner deleted the account. */
    record Deleted(UserId userId, Role role, Instant occurredAt) implements AccountEvent {
        @Override
        public String type() {
            return "account.deleted";
        }
    }
}
