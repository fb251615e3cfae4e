package dev.callout.persistence;

import dev.callout.application.contract.CatalogContract;
import dev.callout.application.port.Catalog;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Orders;
import dev.callout.application.port.Users;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCatalogContractTest extends CatalogContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected void emptyStores() {
        database.truncate("job_orders", "service_packages", "services");
    }

    @Override
    protected Catalog catalog() {
        return database.bean(PostgresCatalog.class);
    }

    @Override
    protected Orders orders() {
        return database.bean(PostgresOrders.class);
    }

    @Override
    protected Jobs jobs() {
        return database.bean(PostgresJobs.class);
    }

    @Override
    protected Users users() {
        return database.bean(PostgresUsers.class);
    }
}
