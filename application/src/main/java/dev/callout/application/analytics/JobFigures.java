package dev.callout.application.analytics;

import java.math.BigDecimal;

/**
 * The jobs posted in a period, by their status now. {@code timedAcceptances} counts the immediate
 * ones that are accepted (a provider holds them or held them until a cancellation), and
 * {@code acceptanceMicros} sums their time from posting to acceptance in microseconds.
 */
public record JobFigures(long total, long completed, long cancelled, long disputed, long noProviderFound,
                         long timedAcceptances, long acceptanceMicros) {

    public static final JobFigures NONE = new JobFigures(0, 0, 0, 0, 0, 0, 0);

    private static final long MICROS_PER_SECOND = 1_000_000;

    public JobFigures {
        if (completed < 0 || cancelled < 0 || disputed < 0 || noProviderFound < 0 || timedAcceptances < 0
                || acceptanceMicros < 0 || completed + cancelled + disputed + noProviderFound > total) {
            throw new IllegalArgumentException("job figures do not add up");
        }
    }

    /** Still under way: requested, accepted, en route or in progress. */
    public long open() {
        return total - ended();
    }

    /** Completed, cancelled, disputed or expired without a provider. */
    public long ended() {
        return completed + cancelled + disputed + noProviderFound;
    }

    /** Completed among those that ended; null when none ended. */
    public BigDecimal completionRate() {
        return Rates.share(completed, ended());
    }

    /** The mean time from posting to acceptance of the immediate jobs accepted, in whole seconds; null for none. */
    public Long averageAcceptanceSeconds() {
        return Rates.mean(acceptanceMicros, Math.multiplyExact(timedAcceptances, MICROS_PER_SECOND));
    }
}
