package dev.callout.application.inmemory;

import dev.callout.application.contract.LoginAttemptsContract;
import dev.callout.application.port.LoginAttempts;

class InMemoryLoginAttemptsTest extends LoginAttemptsContract {

    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();

    @Override
    protected LoginAttempts attempts() {
        return attempts;
    }
}
