package dev.callout.application.account;

import dev.callout.application.port.AuditLog;
import dev.callout.application.port.PasswordHasher;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.AuditEntry;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.util.Set;

public final class CreateAdminService implements CreateAdminUseCase {

    private final Users users;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    public CreateAdminService(Users users, AuditLog audit, PasswordHasher hasher, Transactions transactions, Clock clock,
                              IdGenerator ids) {
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public CreateAdminResult create(CreateAdminCommand command) {
        User admin = new User(UserId.next(ids), Role.ADMIN, command.name(), command.email(), command.phone(),
                hasher.hash(command.password()), Set.of(), AccountStatus.ACTIVE, clock.instant());
        return transactions.inTransaction(() -> switch (users.add(admin)) {
            case ADDED -> {
                audit.record(new AuditEntry(ids.next(AuditEntry.PREFIX), null, "admin.created", admin.id().value(),
                        "created by an operator", admin.createdAt()));
                yield new CreateAdminResult.Created(admin);
            }
            case EMAIL_TAKEN -> new CreateAdminResult.EmailTaken();
            case PHONE_TAKEN -> new CreateAdminResult.PhoneTaken();
        });
    }
}
