package dev.callout.application.inmemory;

import dev.callout.application.contract.JobViewsContract;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.JobViews;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Orders;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Users;

class InMemoryJobViewsTest extends JobViewsContract {

    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryJobTimeline timeline = new InMemoryJobTimeline();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryStoredFiles files = new InMemoryStoredFiles();
    private final InMemoryJobViews views = new InMemoryJobViews(jobs, orders, timeline, files);

    @Override
    protected JobViews views() {
        return views;
    }

    @Override
    protected Jobs jobs() {
        return jobs;
    }

    @Override
    protected Orders orders() {
        return orders;
    }

    @Override
    protected JobTimeline timeline() {
        return timeline;
    }

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected StoredFiles files() {
        return files;
    }
}
