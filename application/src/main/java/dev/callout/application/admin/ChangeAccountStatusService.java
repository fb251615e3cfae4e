package dev.callout.application.admin;

import dev.callout.application.account.SessionRevocations;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.user.AccountEvent;
import dev.callout.domain.user.AdminAction;
import dev.callout.domain.user.AuditEntry;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class ChangeAccountStatusService implements ChangeAccountStatusUseCase {

    private final Users users;
    private final SessionRevocations revocations;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    public ChangeAccountStatusService(Users users, SessionRevocations revocations, AuditLog audit, Outbox outbox,
                                      Transactions transactions, Clock clock, IdGenerator ids) {
        this.users = users;
        this.revocations = revocations;
        this.audit = audit;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public ChangeResult change(ChangeStatusCommand command) {
        if (!command.admin().is(Role.ADMIN)) {
            return new ChangeResult.Forbidden();
        }
        return transactions.inTransaction(() -> {
            Optional<User> found = users.byId(command.target())
                    .filter(user -> !command.providersOnly() || user.role() == Role.PROVIDER);
            if (found.isEmpty()) {
                return new ChangeResult.NotFound();
            }
            User user = found.get();
            if (user.id().equals(command.admin().id())) {
                return new ChangeResult.OwnAccount();
            }
            Optional<AdminAction> action = AdminAction.of(user.status(), command.status());
            if (action.isEmpty()) {
                return new ChangeResult.NotAllowed(user.status(), command.status());
            }
            Instant now = clock.instant();
            User changed = user.withStatus(command.status());
            users.update(changed);
            if (action.get() == AdminAction.SUSPENDED) {
                revocations.revokeAll(user.id(), now, "suspended");
            }
            audit.record(new AuditEntry(ids.next(AuditEntry.PREFIX), command.admin().id(),
                    "user." + action.get().wireName(), user.id().value(), command.note(), now));
            outbox.record(List.of(new AccountEvent.StatusChangedByAdmin(user.id(), user.role(), action.get(),
                    command.note(), now)));
            return new ChangeResult.Changed(changed);
        });
    }
}
