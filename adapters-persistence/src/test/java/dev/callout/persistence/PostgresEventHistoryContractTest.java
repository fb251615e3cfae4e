package dev.callout.persistence;

import dev.callout.application.contract.EventHistoryContract;
import dev.callout.application.port.EventHistory;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresEventHistoryContractTest extends EventHistoryContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

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
