package dev.callout.domain.user;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an account stands. New accounts wait for a verification code; providers then wait for an
 * admin's approval where the deployment asks for it; only {@code ACTIVE} accounts may sign in and
 * act (for matching, an approved provider is an active one). {@code DELETED} accounts are kept for
 * the jobs and payments that name them, and lose their personal data after a grace period.
 */
public enum AccountStatus {
    PENDING_VERIFICATION, PENDING_APPROVAL, ACTIVE, SUSPENDED, DELETED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AccountStatus> fromWireName(String wireName) {
        for (AccountStatus status : values()) {
            if (status.wireName().equals(wireName)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The status a verified account moves to: providers wait for approval if the deployment requires it. */
    public static AccountStatus afterVerification(Role role, boolean providersNeedApproval) {
        return role == Role.PROVIDER && providersNeedApproval ? PENDING_APPROVAL : ACTIVE;
    }
}
