package dev.callout.application.inmemory;

import dev.callout.application.contract.SessionsContract;
import dev.callout.application.port.Sessions;
import dev.callout.application.port.Users;

class InMemorySessionsTest extends SessionsContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySessions sessions = new InMemorySessions();

    @Override
    protected Sessions sessions() {
        return sessions;
    }

    @Override
    protected Users users() {
        return users;
    }
}
