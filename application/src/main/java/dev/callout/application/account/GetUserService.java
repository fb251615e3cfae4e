package dev.callout.application.account;

import dev.callout.application.port.Users;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.Optional;

public final class GetUserService implements GetUserUseCase {

    private final Users users;

    public GetUserService(Users users) {
        this.users = users;
    }

    @Override
    public Optional<User> byId(UserId id) {
        return users.byId(id);
    }
}
