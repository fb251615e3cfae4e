package dev.callout.application.inmemory;

import dev.callout.application.contract.JobsContract;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.NearbyJobs;
import dev.callout.application.port.Users;

class InMemoryJobsTest extends JobsContract {

    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryUsers users = new InMemoryUsers();

    @Override
    protected Jobs jobs() {
        return jobs;
    }

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected NearbyJobs nearbyJobs() {
        return new InMemoryNearbyJobs(jobs);
    }
}
