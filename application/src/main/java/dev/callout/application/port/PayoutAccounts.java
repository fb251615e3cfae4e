package dev.callout.application.port;

import dev.callout.domain.payment.PayoutAccount;
import dev.callout.domain.user.UserId;
import java.util.Optional;

/**
 * Providers' connected gateway accounts (Stripe Connect), at most one each. A provider with one is
 * paid with the charge (destination and application fee); the others' earnings accrue as payable
 * in the ledger.
 */
public interface PayoutAccounts {

    Optional<PayoutAccount> find(UserId provider);

    default Optional<String> accountOf(UserId provider) {
        return find(provider).map(PayoutAccount::accountId);
    }

    /** Links the account, replacing the provider's earlier one; the first link's {@code createdAt} is kept. */
    void save(PayoutAccount account);

    /** False when the provider had none. */
    boolean remove(UserId provider);
}
