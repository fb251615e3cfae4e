package dev.callout.persistence;

import dev.callout.application.contract.UsersContract;
import dev.callout.application.port.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresUsersContractTest extends UsersContract {

    private static TestDatabase database;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Override
    protected void emptyStores() {
        database.truncate("outbox", "jobs", "users");
    }

    @Override
    protected Users users() {
        return database.bean(PostgresUsers.class);
    }
}
