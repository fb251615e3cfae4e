package dev.callout.persistence;

import dev.callout.application.contract.JobChannelsContract;
import dev.callout.application.port.JobChannels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresJobChannelsContractTest extends JobChannelsContract {

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
    protected JobChannels channels() {
        return database.bean(PostgresJobChannels.class);
    }
}
