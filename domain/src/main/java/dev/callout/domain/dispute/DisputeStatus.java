package dev.callout.domain.dispute;

import java.util.Locale;

public enum DisputeStatus {
    OPEN, UNDER_REVIEW, RESOLVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
