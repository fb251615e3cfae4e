package dev.callout.domain.payment;

import java.util.Locale;

/** Why money moved. Each movement is two entries that sum to zero. */
public enum EntryKind {
    /** The customer's money reached the platform (a card capture, or cash collected on its behalf). */
    CHARGE,
    /** On release: the platform's fee. */
    PLATFORM_FEE,
    /** On release: the provider's net. */
    PROVIDER_EARNING,
    /** The provider's net went to their connected account with the charge. */
    PAYOUT,
    /** The provider kept the cash they collected. */
    CASH_KEPT,
    /** Money went back to the customer. */
    REFUND,
    /** The refunded share of the platform's fee. */
    FEE_REVERSAL,
    /** The refunded share of the provider's net. */
    EARNING_REVERSAL,
    /** The refunded share taken back from the provider's connected account. */
    PAYOUT_REVERSAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
