package dev.callout.domain.payment;

import dev.callout.domain.user.UserId;
import java.util.Objects;

/** One account of the ledger: a type, and the user it belongs to for customer and provider accounts. */
public record LedgerAccount(AccountType type, UserId owner) {

    public static final LedgerAccount HOLDING = new LedgerAccount(AccountType.PLATFORM_HOLDING, null);
    public static final LedgerAccount REVENUE = new LedgerAccount(AccountType.PLATFORM_REVENUE, null);

    public LedgerAccount {
        Objects.requireNonNull(type, "type");
        if (type.hasOwner() != (owner != null)) {
            throw new IllegalArgumentException(type + (type.hasOwner() ? " needs" : " has no") + " owner");
        }
    }

    public static LedgerAccount customer(UserId id) {
        return new LedgerAccount(AccountType.CUSTOMER, id);
    }

    public static LedgerAccount provider(UserId id) {
        return new LedgerAccount(AccountType.PROVIDER, id);
    }

    public static LedgerAccount providerExternal(UserId id) {
        return new LedgerAccount(AccountType.PROVIDER_EXTERNAL, id);
    }
}
