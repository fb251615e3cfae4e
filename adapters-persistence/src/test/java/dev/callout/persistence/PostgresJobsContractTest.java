package dev.callout.persistence;

import dev.callout.application.contract.JobsContract;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.NearbyJobs;
import dev.callout.application.port.Users;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresJobsContractTest extends JobsContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected void emptyStores() {
        database.truncate("outbox", "jobs", "users");
    }

    @Override
    protected Jobs jobs() {
        return database.bean(PostgresJobs.class);
    }

    @Override
    protected Users users() {
        return database.bean(PostgresUsers.class);
    }

    @Override
    protected NearbyJobs nearbyJobs() {
        return database.bean(PostgresNearbyJobs.class);
    }
}
