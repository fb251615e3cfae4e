package dev.callout.persistence;

import dev.callout.application.contract.EventHistoryContract;
import dev.callout.application.port.EventHistory;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresEventHistoryContractTest extends EventHistoryContract {

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
    protected Outbox outbox() {
        return database.bean(PostgresOutbox.class);
    }

    @Override
    protected EventHistory history() {
        return database.bean(PostgresEventHistory.class);
    }

    @Override
    protected Transactions transactions() {
        return database.bean(PostgresTransactions.class);
    }
}
