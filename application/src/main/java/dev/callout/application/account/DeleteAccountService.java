package dev.callout.application.account;

import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.user.AccountEvent;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class DeleteAccountService implements DeleteAccountUseCase {

    private static final System.Logger LOG = System.getLogger("callout.accounts");

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

    /**
     * Purges each due account in its own transaction: one that fails is logged and left for the
     * next run, and the others go on.
     */
    @Override
    public int purgeExpired() {
        Instant cutoff = clock.instant().minus(policy.deletionGracePeriod());
        Set<UserId> failed = new HashSet<>();
        int purged = 0;
        while (true) {
            List<User> due = users.deletedBefore(cutoff, PURGE_BATCH + failed.size()).stream()
                    .filter(user -> !failed.contains(user.id())).toList();
            if (due.isEmpty()) {
                return purged;
            }
            for (User user : due) {
                try {
                    transactions.inTransaction(() -> {
                        users.byId(user.id()).filter(current -> current.status() == AccountStatus.DELETED)
                                .ifPresent(current -> users.update(current.purged()));
                        return null;
                    });
                    purged++;
                } catch (RuntimeException e) {
                    failed.add(user.id());
                    LOG.log(System.Logger.Level.WARNING, "could not remove the personal data of deleted account "
                            + user.id().value() + "; trying again next run", e);
                }
            }
        }
    }
}
