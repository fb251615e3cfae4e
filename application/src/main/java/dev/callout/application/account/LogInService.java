package dev.callout.application.account;

import dev.callout.application.port.PasswordHasher;
import dev.callout.application.port.Users;
import dev.callout.domain.user.Identifier;
import dev.callout.domain.user.User;
import java.time.Duration;
import java.util.Optional;

public final class LogInService implements LogInUseCase {

    private final Users users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SessionIssuer sessions;
    /** Checked against when the account does not exist, so both answers take as long. */
    private final String decoyHash;

    public LogInService(Users users, PasswordHasher hasher, LoginThrottle throttle, SessionIssuer sessions) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.decoyHash = hasher.hash("decoy password for unknown accounts");
    }

    @Override
    public LogInResult logIn(LogInCommand command) {
        Optional<Duration> wait = throttle.wait(command.identifier(), command.address());
        if (wait.isPresent()) {
            return new LogInResult.Throttled(wait.get());
        }
        Optional<User> user = Identifier.email(command.identifier()).flatMap(users::byEmail)
                .or(() -> Identifier.phone(command.identifier()).flatMap(users::byPhone));
        boolean matches = hasher.matches(command.password(), user.map(User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            throttle.failed(command.identifier(), command.address());
            return new LogInResult.InvalidCredentials();
        }
        throttle.succeeded(command.identifier());
        return signIn(user.get(), sessions);
    }

    /** The answer for someone who proved who they are: a session if the account may act, else why not. */
    static LogInResult signIn(User user, SessionIssuer sessions) {
        return switch (user.status()) {
            case ACTIVE -> new LogInResult.LoggedIn(sessions.start(user));
            case SUSPENDED -> new LogInResult.Suspended();
            case PENDING_VERIFICATION -> new LogInResult.PendingVerification();
            case PENDING_APPROVAL -> new LogInResult.PendingApproval();
            case DELETED -> new LogInResult.InvalidCredentials();
        };
    }
}
