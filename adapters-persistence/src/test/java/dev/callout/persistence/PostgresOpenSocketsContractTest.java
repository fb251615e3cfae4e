package dev.callout.persistence;

import dev.callout.application.contract.OpenSocketsContract;
import dev.callout.application.port.OpenSockets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresOpenSocketsContractTest extends OpenSocketsContract {

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
    protected OpenSockets sockets() {
        return database.bean(PostgresOpenSockets.class);
    }
}
