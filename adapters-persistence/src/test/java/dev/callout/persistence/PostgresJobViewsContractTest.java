package dev.callout.persistence;

import dev.callout.application.contract.JobViewsContract;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.JobViews;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Orders;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Users;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresJobViewsContractTest extends JobViewsContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected JobViews views() {
        return database.bean(PostgresJobViews.class);
    }

    @Override
    protected Jobs jobs() {
        return database.bean(PostgresJobs.class);
    }

    @Override
    protected Orders orders() {
        return database.bean(PostgresOrders.class);
    }

    @Override
    protected JobTimeline timeline() {
        return database.bean(PostgresJobTimeline.class);
    }

    @Override
    protected Users users() {
        return database.bean(PostgresUsers.class);
    }

    @Override
    protected StoredFiles files() {
        return database.bean(PostgresStoredFiles.class);
    }
}
