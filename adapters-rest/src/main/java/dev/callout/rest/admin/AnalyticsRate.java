package dev.callout.rest.admin;

import java.math.BigDecimal;

/** How the analytics bodies write a rate. */
final class AnalyticsRate {

    static final String DESCRIPTION = "a share from 0 to 1 as a decimal string with four places, rounded half up; "
            + "null when there is nothing to divide";

    private AnalyticsRate() {
    }

    static String of(BigDecimal rate) {
        return rate == null ? null : rate.toPlainString();
    }
}
