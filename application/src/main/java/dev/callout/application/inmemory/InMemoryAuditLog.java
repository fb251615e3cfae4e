package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.AuditLog;
import dev.callout.domain.user.AuditEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Audit entries in a list. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized Page<AuditEntry> list(PageRequest page) {
        List<AuditEntry> newestFirst = entries.stream()
                .sorted(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id).reversed())
                .toList();
        return new Page<>(newestFirst.stream().skip(page.offset()).limit(page.limit()).toList(), page, entries.size());
    }
}
