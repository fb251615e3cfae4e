package dev.callout.application.inmemory;

import dev.callout.application.contract.CatalogContract;
import dev.callout.application.port.Catalog;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Orders;
import dev.callout.application.port.Users;

class InMemoryCatalogTest extends CatalogContract {

    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryUsers users = new InMemoryUsers();

    @Override
    protected Catalog catalog() {
        return catalog;
    }

    @Override
    protected Orders orders() {
        return orders;
    }

    @Override
    protected Jobs jobs() {
        return jobs;
    }

    @Override
    protected Users users() {
        return users;
    }
}
