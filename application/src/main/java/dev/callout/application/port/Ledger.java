package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.LedgerAccount;
import dev.callout.domain.payment.LedgerEntry;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * The append-only record of every money movement. Entries come in balanced movements (they sum
 * to zero), so the balance of any job is zero and every account's balance is a sum of entries.
 */
public interface Ledger {

    void record(List<LedgerEntry> entries);

    /** In the order recorded. */
    List<LedgerEntry> forJob(JobId jobId);

    /** The account's balance in each currency it has entries in. */
    List<Money> balances(LedgerAccount account);

    /**
     * A provider's earnings between {@code from} (inclusive) and {@code to} (exclusive), either
     * open when null, per currency: earned (net of reversals) in the period, and the pending
     * payout (what the platform owes them now, whatever the period).
     */
    List<EarningsSummary> earnings(UserId provider, Instant from, Instant to);

    /** The provider's earning and earning-reversal entries in the period, newest first. */
    Page<LedgerEntry> earningEntries(UserId provider, Instant from, Instant to, PageRequest page);

    record EarningsSummary(Money totalEarned, Money pendingPayout) {
        public EarningsSummary {
            if (!totalEarned.sameCurrencyAs(pendingPayout)) {
                throw new IllegalArgumentException("one currency per summary");
            }
        }
    }
}
