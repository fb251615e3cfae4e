package dev.callout.application.inmemory;

import dev.callout.application.contract.JobTimelineContract;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Users;

class InMemoryJobTimelineTest extends JobTimelineContract {

    private final InMemoryJobTimeline timeline = new InMemoryJobTimeline();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryUsers users = new InMemoryUsers();

    @Override
    protected JobTimeline timeline() {
        return timeline;
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
