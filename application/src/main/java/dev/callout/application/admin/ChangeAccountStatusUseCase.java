package dev.callout.application.admin;

import dev.callout.application.FieldErrors;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.Objects;

/**
 * An admin approves, suspends or reinstates an account, with a note for the audit log. A
 * suspension ends the account's sessions at once.
 */
public interface ChangeAccountStatusUseCase {

    int MAX_NOTE_LENGTH = 1000;

    ChangeResult change(ChangeStatusCommand command);

    /** {@code providersOnly}: the target must be a provider (the /admin/providers routes). */
    record ChangeStatusCommand(Actor admin, UserId target, AccountStatus status, String note, boolean providersOnly) {
        public ChangeStatusCommand {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(target, "target");
            new FieldErrors()
                    .require(status == AccountStatus.ACTIVE || status == AccountStatus.SUSPENDED, "status",
                            "must be active or suspended")
                    .freeText(note, MAX_NOTE_LENGTH, "note")
                    .throwIfAny();
            note = note == null || note.isBlank() ? null : note.strip();
        }
    }

    sealed interface ChangeResult {
        record Changed(User user) implements ChangeResult {
        }

        /** No such account (or not a provider on a providers route). */
        record NotFound() implements ChangeResult {
        }

        /** The caller is not an admin. */
        record Forbidden() implements ChangeResult {
        }

        /** Admins do not change their own status. */
        record OwnAccount() implements ChangeResult {
        }

        /** Not a move an admin can make from the account's current status. */
        record NotAllowed(AccountStatus from, AccountStatus to) implements ChangeResult {
        }
    }
}
