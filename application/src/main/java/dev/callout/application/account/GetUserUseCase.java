package dev.callout.application.account;

import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.Optional;

/** An account by id; used to resolve who is asking on every authenticated request. */
public interface GetUserUseCase {

    Optional<User> byId(UserId id);
}
