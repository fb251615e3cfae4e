package dev.callout.application.account;

import dev.callout.application.port.PasswordHasher;
import dev.callout.application.port.Users;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Identifier;
import dev.callout.domain.user.User;
import java.util.Optional;

public final class LogInService implements LogInUseCase {

    private final Users users;
    private final PasswordHasher hasher;
    /** Checked against when the account does not exist, so both answers take as long. */
    private final String decoyHash;

    public LogInService(Users users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
        this.decoyHash = hasher.hash("decoy password for unknown accounts");
    }

    @Override
    public LogInResult logIn(LogInCommand command) {
        Optional<User> user = Identifier.email(command.identifier()).flatMap(users::byEmail)
                .or(() -> Identifier.phone(command.identifier()).flatMap(users::byPhone));
        boolean matches = hasher.matches(command.password(), user.map(User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            return new LogInResult.InvalidCredentials();
        }
        if (user.get().status() == AccountStatus.SUSPENDED) {
            return new LogInResult.Suspended();
        }
        return new LogInResult.LoggedIn(user.get());
    }
}
