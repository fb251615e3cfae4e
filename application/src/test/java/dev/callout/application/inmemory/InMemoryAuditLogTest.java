package dev.callout.application.inmemory;

import dev.callout.application.contract.AuditLogContract;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.Users;

class InMemoryAuditLogTest extends AuditLogContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    @Override
    protected AuditLog audit() {
        return audit;
    }

    @Override
    protected Users users() {
        return users;
    }
}
