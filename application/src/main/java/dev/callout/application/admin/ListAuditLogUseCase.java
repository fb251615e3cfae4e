package dev.callout.application.admin;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.AuditEntry;
import java.util.Optional;

/** The audit log, newest first, for admins only (empty for anyone else). */
public interface ListAuditLogUseCase {

    Optional<Page<AuditEntry>> list(Actor caller, PageRequest page);
}
