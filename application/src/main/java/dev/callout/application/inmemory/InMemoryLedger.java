package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Ledger;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.EntryKind;
import dev.callout.domain.payment.LedgerAccount;
import dev.callout.domain.payment.LedgerEntry;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Entries in a list, in the order recorded. */
public final class InMemoryLedger implements Ledger {

    private final List<LedgerEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(List<LedgerEntry> newEntries) {
        entries.addAll(newEntries);
    }

    public synchronized List<LedgerEntry> all() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized List<LedgerEntry> forJob(JobId jobId) {
        return entries.stream().filter(e -> e.jobId().equals(jobId)).toList();
    }

    @Override
    public synchronized List<Money> balances(LedgerAccount account) {
        return List.copyOf(sumByCurrency(entries.stream().filter(e -> e.account().equals(account)).toList()).values());
    }

    @Override
    public synchronized List<EarningsSummary> earnings(UserId provider, Instant from, Instant to) {
        LedgerAccount account = LedgerAccount.provider(provider);
        Map<Currency, Money> earned = sumByCurrency(earningEntries(provider, from, to));
        Map<Currency, Money> pending = sumByCurrency(entries.stream().filter(e -> e.account().equals(account)).toList());
        List<EarningsSummary> summaries = new ArrayList<>();
        for (Map.Entry<Currency, Money> balance : pending.entrySet()) {
            summaries.add(new EarningsSummary(earned.getOrDefault(balance.getKey(), Money.zero(balance.getKey())),
                    balance.getValue()));
        }
        return summaries;
    }

    @Override
    public synchronized Page<LedgerEntry> earningEntries(UserId provider, Instant from, Instant to, PageRequest page) {
        List<LedgerEntry> matching = earningEntries(provider, from, to).reversed();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.limit()).toList(), page, matching.size());
    }

    private List<LedgerEntry> earningEntries(UserId provider, Instant from, Instant to) {
        LedgerAccount account = LedgerAccount.provider(provider);
        return entries.stream()
                .filter(e -> e.account().equals(account))
                .filter(e -> e.kind() == EntryKind.PROVIDER_EARNING || e.kind() == EntryKind.EARNING_REVERSAL)
                .filter(e -> (from == null || !e.at().isBefore(from)) && (to == null || e.at().isBefore(to)))
                .toList();
    }

    private static Map<Currency, Money> sumByCurrency(List<LedgerEntry> entries) {
        Map<Currency, Money> sums = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (LedgerEntry entry : entries) {
            sums.merge(entry.amount().currency(), entry.amount(), Money::plus);
        }
        return sums;
    }
}
