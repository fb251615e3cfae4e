package dev.callout.persistence;

import dev.callout.application.contract.JobsContract;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.NearbyJobs;
import dev.callout.application.port.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresJobsContractTest extends JobsContract {

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
