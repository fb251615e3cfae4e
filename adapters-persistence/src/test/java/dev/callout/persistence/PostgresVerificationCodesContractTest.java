package dev.callout.persistence;

import dev.callout.application.contract.VerificationCodesContract;
import dev.callout.application.port.Users;
import dev.callout.application.port.VerificationCodes;

class PostgresVerificationCodesContractTest extends VerificationCodesContract {

    @Override
    protected VerificationCodes codes() {
        return IdentityDatabase.get().bean(PostgresVerificationCodes.class);
    }

    @Override
    protected Users users() {
        return IdentityDatabase.get().bean(PostgresUsers.class);
    }
}
