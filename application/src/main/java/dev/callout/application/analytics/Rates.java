package dev.callout.application.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one way analytics divide: a share from 0 to 1 with four decimals, rounded half up; none of nothing. */
final class Rates {

    static final int SCALE = 4;

    private Rates() {
    }

    /** {@code part / whole}, or null when {@code whole} is zero. */
    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }

    /** {@code total / count} rounded half up to a whole number, or null when {@code count} is zero. */
    static Long mean(long total, long count) {
        return count == 0 ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
