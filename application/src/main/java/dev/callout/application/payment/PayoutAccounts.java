package dev.callout.application.payment;

import dev.callout.domain.user.UserId;
import java.util.Optional;

/**
 * Providers' connected gateway accounts (Stripe Connect). A provider with one is paid with the
 * charge (destination and application fee); the others' earnings accrue as payable in the ledger.
 */
public interface PayoutAccounts {

    Optional<String> accountOf(UserId provider);

    void link(UserId provider, String account);
}
