package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.at;

import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Users;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A job's first moves recorded in its timeline, beside another job's posting: what {@link JobTimelineContract} and
 * {@link JobViewsContract} read back. Jobs and users are stored first: a database refers to them.
 */
record RecordedMoves(Job job, Job other, List<TimelineEntry> moves, TimelineEntry otherPosted) {

    /** A requested towing job, stored with its customer. */
    static Job storedJob(Users users, Jobs jobs, User customer) {
        users.add(customer);
        Job job = ContractFixtures.requested(customer.id(), "towing", at(0));
        jobs.add(job);
        return job;
    }

    /**
     * Posted, accepted, and en route at the acceptance's very instant (microseconds survive a read; between equal
     * instants the order recorded decides), in three writes, the other job's posting written with the acceptance.
     */
    static RecordedMoves record(Users users, Jobs jobs, JobTimeline timeline) {
        User customer = ContractFixtures.customer();
        User provider = ContractFixtures.provider(Set.of("towing"));
        users.add(provider);
        Job job = storedJob(users, jobs, customer);
        Job other = storedJob(users, jobs, ContractFixtures.customer());
        Instant accepted = at(5).plusNanos(123_456_000);
        TimelineEntry posted = new TimelineEntry(job.id(), JobStatus.REQUESTED, at(0), customer.id(), Role.CUSTOMER);
        TimelineEntry taken = new TimelineEntry(job.id(), JobStatus.ACCEPTED, accepted, provider.id(), Role.PROVIDER);
        TimelineEntry enRoute = new TimelineEntry(job.id(), JobStatus.EN_ROUTE, accepted, provider.id(), Role.PROVIDER);
        TimelineEntry otherPosted = new TimelineEntry(other.id(), JobStatus.REQUESTED, at(1), other.customerId(), Role.CUSTOMER);
        timeline.record(List.of(posted));
        timeline.record(List.of(otherPosted, taken));
        timeline.record(List.of(enRoute));
        return new RecordedMoves(job, other, List.of(posted, taken, enRoute), otherPosted);
    }
}
