package dev.callout.bootstrap;

import dev.callout.application.account.DeleteAccountUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hourly, removes the personal data of accounts deleted longer ago than the grace period (idempotent on every node). */
@Singleton
class AccountPurge {

    private static final Logger LOG = LoggerFactory.getLogger("callout.accounts");

    private final DeleteAccountUseCase accounts;

    AccountPurge(DeleteAccountUseCase accounts) {
        this.accounts = accounts;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void purge() {
        int purged = accounts.purgeExpired();
        if (purged > 0) {
            LOG.info("Removed the personal data of {} deleted accounts", purged);
        }
    }
}
