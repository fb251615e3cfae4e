package dev.callout.bootstrap;

import dev.callout.application.account.DeleteAccountUseCase;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hourly ({@code callout.accounts.purge-interval}), removes the personal data of accounts deleted
 * longer ago than the grace period (idempotent on every node). One account that cannot be purged
 * is skipped and logged by the use case; a round that fails as a whole is logged and the next
 * round runs as planned.
 */
@Singleton
class AccountPurge extends BackgroundWork {

    private static final Logger LOG = LoggerFactory.getLogger("callout.accounts");

    private final PeriodicTask task;

    AccountPurge(DeleteAccountUseCase accounts, AccountSettings settings) {
        this.task = new PeriodicTask("accounts", settings.getPurgeInitialDelay(), settings.getPurgeInterval(), () -> {
            int purged = accounts.purgeExpired();
            if (purged > 0) {
                LOG.info("Removed the personal data of {} deleted accounts", purged);
            }
        });
    }

    @Override
    List<PeriodicTask> tasks() {
        return List.of(task);
    }
}
