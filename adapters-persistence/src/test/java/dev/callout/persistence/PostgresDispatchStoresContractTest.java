package dev.callout.persistence;

import dev.callout.application.contract.DispatchStoresContract;
import dev.callout.application.port.DispatchRounds;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDispatchStoresContractTest extends DispatchStoresContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected Users users() {
        return database.bean(PostgresUsers.class);
    }

    @Override
    protected Jobs jobs() {
        return database.bean(PostgresJobs.class);
    }

    @Override
    protected Reviews reviews() {
        return database.bean(PostgresReviews.class);
    }

    @Override
    protected ProviderPresences presences() {
        return database.bean(PostgresProviderPresences.class);
    }

    @Override
    protected DispatchRounds rounds() {
        return database.bean(PostgresDispatchRounds.class);
    }

    @Override
    protected Transactions transactions() {
        return database.bean(PostgresTransactions.class);
    }
}
