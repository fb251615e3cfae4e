package dev.callout.application.inmemory;

import dev.callout.application.contract.VerificationCodesContract;
import dev.callout.application.port.Users;
import dev.callout.application.port.VerificationCodes;

class InMemoryVerificationCodesTest extends VerificationCodesContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryVerificationCodes codes = new InMemoryVerificationCodes();

    @Override
    protected VerificationCodes codes() {
        return codes;
    }

    @Override
    protected Users users() {
        return users;
    }
}
