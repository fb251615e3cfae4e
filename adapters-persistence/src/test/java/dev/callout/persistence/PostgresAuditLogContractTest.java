package dev.callout.persistence;

import dev.callout.application.contract.AuditLogContract;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.Users;

class PostgresAuditLogContractTest extends AuditLogContract {

    @Override
    protected AuditLog audit() {
        return IdentityDatabase.get().bean(PostgresAuditLog.class);
    }

    @Override
    protected Users users() {
        return IdentityDatabase.get().bean(PostgresUsers.class);
    }

    @Override
    protected void emptyLog() {
        IdentityDatabase.get().truncate("audit_log");
    }
}
