package dev.callout.application.admin;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Users;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.Optional;

public final class ListUsersService implements ListUsersUseCase {

    private final Users users;

    public ListUsersService(Users users) {
        this.users = users;
    }

    @Override
    public Optional<Page<User>> list(Actor caller, Role role, AccountStatus status, PageRequest page) {
        return caller.is(Role.ADMIN) ? Optional.of(users.list(role, status, page)) : Optional.empty();
    }

    @Override
    public Optional<User> byId(Actor caller, UserId id) {
        return caller.is(Role.ADMIN) || caller.id().equals(id) ? users.byId(id) : Optional.empty();
    }
}
