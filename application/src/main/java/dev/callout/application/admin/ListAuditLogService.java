package dev.callout.application.admin;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.AuditLog;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.AuditEntry;
import dev.callout.domain.user.Role;
import java.util.Optional;

public final class ListAuditLogService implements ListAuditLogUseCase {

    private final AuditLog audit;

    public ListAuditLogService(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public Optional<Page<AuditEntry>> list(Actor caller, PageRequest page) {
        return caller.is(Role.ADMIN) ? Optional.of(audit.list(page)) : Optional.empty();
    }
}
