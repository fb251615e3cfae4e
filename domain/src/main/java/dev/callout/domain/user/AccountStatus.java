package dev.callout.domain.user;

import java.util.Locale;

public enum AccountStatus {
    PENDING_VERIFICATION, PENDING_APPROVAL, ACTIVE, SUSPENDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
