package dev.callout.domain.payment;

import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A provider's connected gateway account (Stripe Connect): card payments opened while it is
 * linked send the charge there, less the platform's fee. {@code createdAt} is when the provider
 * first linked one, {@code updatedAt} when the account last changed.
 */
public record PayoutAccount(UserId providerId, String accountId, Instant createdAt, Instant updatedAt) {

    /** Stripe's connected account ids: {@code acct_} and letters and digits. */
    private static final Pattern ACCOUNT_ID = Pattern.compile("acct_[A-Za-z0-9]{1,64}");

    public PayoutAccount {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!isWellFormed(accountId)) {
            throw new IllegalArgumentException("not a connected account id: " + accountId);
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updated before it was created");
        }
    }

    public static boolean isWellFormed(String accountId) {
        return accountId != null && ACCOUNT_ID.matcher(accountId).matches();
    }

    /** This provider's payouts now go to {@code other}; linking the same account again changes nothing. */
    public PayoutAccount relinkedTo(String other, Instant now) {
        return other.equals(accountId) ? this : new PayoutAccount(providerId, other, createdAt, now);
    }
}
