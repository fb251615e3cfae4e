package dev.callout.application.account;

import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.user.AccountEvent;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class DeleteAccountService implements DeleteAccountUseCase {

    private static final int PURGE_BATCH = 100;

    private final Users users;
    private final SessionRevocations revocations;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final AccountPolicy policy;

    public DeleteAccountService(Users users, SessionRevocations revocations, Outbox outbox, Transactions transactions, Clock clock,
                                AccountPolicy policy) {
        this.users = users;
        this.revocations = revocations;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public boolean delete(UserId userId) {
        return transactions.inTransaction(() -> {
            Optional<User> user = users.byId(userId).filter(User::isActive);
            if (user.isEmpty()) {
                return false;
            }
            Instant now = clock.instant();
            users.update(user.get().deleted(now));
            revocations.revokeAll(userId, now, "account deleted");
            outbox.record(List.of(new AccountEvent.Deleted(userId, user.get().role(), now)));
            return true;
        });
    }

    @Override
    public int purgeExpired() {
        Instant cutoff = clock.instant().minus(policy.deletionGracePeriod());
        int purged = 0;
        List<User> batch;
        do {
            batch = transactions.inTransaction(() -> {
                List<User> due = users.deletedBefore(cutoff, PURGE_BATCH);
                due.forEach(user -> users.update(user.purged()));
                return due;
            });
            purged += batch.size();
        } while (batch.size() == PURGE_BATCH);
        return purged;
    }
}
