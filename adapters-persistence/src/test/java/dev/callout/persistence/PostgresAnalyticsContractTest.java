package dev.callout.persistence;

import dev.callout.application.contract.AnalyticsContract;
import dev.callout.application.port.Analytics;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Users;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresAnalyticsContractTest extends AnalyticsContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected void emptyStores() {
        database.truncate("refunds", "payments", "jobs", "users");
    }

    @Override
    protected Users users() {
        return database.bean(PostgresUsers.class);
    }

    @Override
    protected Jobs jobs() {
        return database.bean(PostgresJobs.class);
    }

    @Override
    protected Payments payments() {
        return database.bean(PostgresPayments.class);
    }

    @Override
    protected Analytics analytics() {
        return database.bean(PostgresAnalytics.class);
    }
}
