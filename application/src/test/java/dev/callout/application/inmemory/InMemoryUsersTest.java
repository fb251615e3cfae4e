package dev.callout.application.inmemory;

import dev.callout.application.contract.UsersContract;
import dev.callout.application.port.Users;

class InMemoryUsersTest extends UsersContract {

    private final InMemoryUsers users = new InMemoryUsers();

    @Override
    protected Users users() {
        return users;
    }
}
