package dev.callout.persistence;

import dev.callout.application.contract.SessionsContract;
import dev.callout.application.port.Sessions;
import dev.callout.application.port.Users;

class PostgresSessionsContractTest extends SessionsContract {

    @Override
    protected Sessions sessions() {
        return IdentityDatabase.get().bean(PostgresSessions.class);
    }

    @Override
    protected Users users() {
        return IdentityDatabase.get().bean(PostgresUsers.class);
    }
}
