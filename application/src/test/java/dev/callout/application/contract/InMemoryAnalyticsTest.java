package dev.callout.application.contract;

import dev.callout.application.inmemory.InMemoryAnalytics;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryPayments;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.application.port.Analytics;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Payments;
import dev.callout.application.port.Users;

class InMemoryAnalyticsTest extends AnalyticsContract {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryPayments payments = new InMemoryPayments();
    private final Analytics analytics = new InMemoryAnalytics(jobs, users, payments);

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected Jobs jobs() {
        return jobs;
    }

    @Override
    protected Payments payments() {
        return payments;
    }

    @Override
    protected Analytics analytics() {
        return analytics;
    }
}
