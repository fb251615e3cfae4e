package dev.callout.domain.payment;

import java.util.Locale;

/**
 * The ledger's accounts. The customer's account goes negative by what they paid; the platform's
 * holding account carries money taken but not yet released (escrow); revenue is the platform's
 * fees; a provider's account is what the platform owes them (their pending payout; negative when
 * they kept cash and owe the fee); a provider's external account is money they already hold
 * (paid out through a connected account, or cash in hand).
 */
public enum AccountType {
    CUSTOMER, PLATFORM_HOLDING, PLATFORM_REVENUE, PROVIDER, PROVIDER_EXTERNAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean hasOwner() {
        return this == CUSTOMER || this == PROVIDER || this == PROVIDER_EXTERNAL;
    }
}
