package dev.callout.application.account;

import dev.callout.application.account.LogInUseCase.LogInResult;
import dev.callout.application.port.GoogleIdentities;
import dev.callout.application.port.GoogleIdentities.Verification;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Identifier;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

public final class SignInWithGoogleService implements SignInWithGoogleUseCase {

    private final GoogleIdentities google;
    private final Users users;
    private final SessionIssuer sessions;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    public SignInWithGoogleService(GoogleIdentities google, Users users, SessionIssuer sessions, Transactions transactions,
                                   Clock clock, IdGenerator ids) {
        this.google = google;
        this.users = users;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public LogInResult signIn(GoogleSignInCommand command) {
        return switch (google.verify(command.idToken())) {
            case Verification.Refused refused -> new LogInResult.ExternalTokenRefused(refused.reason());
            case Verification.Verified verified -> Identifier.email(verified.email())
                    .map(email -> signIn(email, verified.name()))
                    .orElseGet(() -> new LogInResult.ExternalTokenRefused("the token's email is not valid"));
        };
    }

    private LogInResult signIn(String email, String name) {
        return transactions.inTransaction(() -> {
            Optional<User> existing = users.byEmail(email);
            if (existing.isPresent()) {
                User user = existing.get();
                // Google proved the person holds the email, which is what the code would have proved
                if (user.status() == AccountStatus.PENDING_VERIFICATION && user.role() == Role.CUSTOMER) {
                    user = user.withStatus(AccountStatus.ACTIVE);
                    users.update(user);
                }
                return LogInService.signIn(user, sessions);
            }
            String displayName = name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : name.strip();
            if (displayName.length() > User.MAX_NAME_LENGTH) {
                displayName = displayName.substring(0, User.MAX_NAME_LENGTH);
            }
            User created = new User(UserId.next(ids), Role.CUSTOMER, displayName, email, null, User.NO_PASSWORD, Set.of(),
                    AccountStatus.ACTIVE, clock.instant());
            return switch (users.add(created)) {
                case ADDED -> LogInService.signIn(created, sessions);
                // registered at the same moment by another request: sign in to that account
                case EMAIL_TAKEN, PHONE_TAKEN -> users.byEmail(email).map(user -> LogInService.signIn(user, sessions))
                        .orElseGet(LogInResult.InvalidCredentials::new);
            };
        });
    }
}
