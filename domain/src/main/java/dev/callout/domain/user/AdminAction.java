package dev.callout.domain.user;

import java.util.Optional;

/**
 * What an admin may do to an account's status: approve a waiting account, suspend one, reinstate a
 * suspended one. Anything else (touching a deleted account, activating one whose contact was never
 * verified, a move to the status it already has) is not an admin action.
 */
public enum AdminAction {
    APPROVED, SUSPENDED, REINSTATED;

    public static Optional<AdminAction> of(AccountStatus from, AccountStatus to) {
        return switch (to) {
            case ACTIVE -> switch (from) {
                case PENDING_APPROVAL -> Optional.of(APPROVED);
                case SUSPENDED -> Optional.of(REINSTATED);
                default -> Optional.empty();
            };
            case SUSPENDED -> from == AccountStatus.SUSPENDED || from == AccountStatus.DELETED
                    ? Optional.empty() : Optional.of(SUSPENDED);
            default -> Optional.empty();
        };
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
