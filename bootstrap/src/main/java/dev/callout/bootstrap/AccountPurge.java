package dev.callout.bootstrap;

import dev.callout.application.account.DeleteAccountUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hourly ({@code callout.accounts.purge-interval}), removes the personal data of accounts deleted
 * longer ago than the grace period (idempotent on every node). One account that cannot be purged
 * is skipped and logged by the use case; a round that fails as a whole is logged and the next
 * round runs as planned.
 */
@Singleton
class AccountPurge {

    private static final Logger LOG = LoggerFactory.getLogger("callout.accounts");

    private final DeleteAccountUseCase accounts;

    AccountPurge(DeleteAccountUseCase accounts) {
        this.accounts = accounts;
    }

    @Scheduled(fixedDelay = "${callout.accounts.purge-interval:1h}", initialDelay = "${callout.accounts.purge-initial-delay:1m}")
    void purge() {
        try {
            int purged = accounts.purgeExpired();
            if (purged > 0) {
                LOG.info("Removed the personal data of {} deleted accounts", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("Purging deleted accounts failed; trying again next round", e);
        }
    }
}
