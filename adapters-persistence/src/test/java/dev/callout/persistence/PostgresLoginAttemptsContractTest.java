package dev.callout.persistence;

import dev.callout.application.contract.LoginAttemptsContract;
import dev.callout.application.port.LoginAttempts;

class PostgresLoginAttemptsContractTest extends LoginAttemptsContract {

    @Override
    protected LoginAttempts attempts() {
        return IdentityDatabase.get().bean(PostgresLoginAttempts.class);
    }
}
