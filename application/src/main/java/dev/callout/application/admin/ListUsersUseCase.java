package dev.callout.application.admin;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.Optional;

/** Accounts as admins see them. Anyone else sees only their own account, and no list. */
public interface ListUsersUseCase {

    /** Empty when the caller is not an admin. */
    Optional<Page<User>> list(Actor caller, Role role, AccountStatus status, PageRequest page);

    /** An admin reads any account; anyone else only their own (others read as absent). */
    Optional<User> byId(Actor caller, UserId id);
}
