package dev.callout.application.account;

import dev.callout.application.port.Categories;
import dev.callout.application.port.PasswordHasher;
import dev.callout.application.port.Users;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.util.Map;
import java.util.TreeSet;

public final class RegisterUserService implements RegisterUserUseCase {

    private final Users users;
    private final Categories categories;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final IdGenerator ids;

    public RegisterUserService(Users users, Categories categories, PasswordHasher hasher, Clock clock, IdGenerator ids) {
        this.users = users;
        this.categories = categories;
        this.hasher = hasher;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public RegistrationResult register(RegisterCommand command) {
        TreeSet<String> unknown = new TreeSet<>();
        command.categories().stream().filter(code -> categories.byCode(code).isEmpty()).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            return new RegistrationResult.Invalid(Map.of("categories", "unknown categories " + unknown));
        }
        User user = new User(UserId.next(ids), command.role(), command.name(), command.email(), command.phone(),
                hasher.hash(command.password()), command.categories(), AccountStatus.ACTIVE, clock.instant());
        return switch (users.add(user)) {
            case ADDED -> new RegistrationResult.Registered(user);
            case EMAIL_TAKEN -> new RegistrationResult.EmailTaken();
            case PHONE_TAKEN -> new RegistrationResult.PhoneTaken();
        };
    }
}
