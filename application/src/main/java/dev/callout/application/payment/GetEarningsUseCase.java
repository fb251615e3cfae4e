package dev.callout.application.payment;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Ledger.EarningsSummary;
import dev.callout.domain.payment.LedgerEntry;
import dev.callout.domain.user.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A provider's earnings between {@code from} (inclusive) and {@code to} (exclusive), either open:
 * per currency the total earned in the period and the payout pending now, and the earning and
 * reversal entries, newest first.
 */
public interface GetEarningsUseCase {

    Earnings earnings(Actor provider, Instant from, Instant to, PageRequest page);

    record Earnings(List<EarningsSummary> summary, Page<LedgerEntry> entries) {
        public Earnings {
            summary = List.copyOf(summary);
            Objects.requireNonNull(entries, "entries");
        }
    }
}
