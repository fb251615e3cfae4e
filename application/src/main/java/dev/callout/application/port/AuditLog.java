package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.user.AuditEntry;

/** What admins did, newest first. Entries are only ever added. */
public interface AuditLog {

    void record(AuditEntry entry);

    Page<AuditEntry> list(PageRequest page);
}
