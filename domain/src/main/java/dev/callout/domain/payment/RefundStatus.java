package dev.callout.domain.payment;

import java.util.Locale;

/** A refund is requested (sent to the gateway, or to be sent), then succeeds or fails. */
public enum RefundStatus {
    PENDING, SUCCEEDED, FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
