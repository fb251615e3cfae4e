package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Users;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link JobTimeline} must do. Jobs and users are added first: a database refers to them. */
public abstract class JobTimelineContract {

    protected abstract JobTimeline timeline();

    protected abstract Jobs jobs();

    protected abstract Users users();

    private Job storedJob(User customer) {
        users().add(customer);
        Job job = ContractFixtures.requested(customer.id(), "towing", at(0));
        jobs().add(job);
        return job;
    }

    @Test
    void a_jobs_entries_read_back_in_the_order_recorded_with_their_actors() {
        User customer = ContractFixtures.customer();
        User provider = ContractFixtures.provider(Set.of("towing"));
        users().add(provider);
        Job job = storedJob(customer);
        Job other = storedJob(ContractFixtures.customer());
        TimelineEntry posted = new TimelineEntry(job.id(), JobStatus.REQUESTED, at(0), customer.id(), Role.CUSTOMER);
        TimelineEntry accepted = new TimelineEntry(job.id(), JobStatus.ACCEPTED, at(5), provider.id(), Role.PROVIDER);
        // same instant as the acceptance: the order recorded still decides
        TimelineEntry enRoute = new TimelineEntry(job.id(), JobStatus.EN_ROUTE, at(5), provider.id(), Role.PROVIDER);
        TimelineEntry otherPosted = new TimelineEntry(other.id(), JobStatus.REQUESTED, at(1), other.customerId(), Role.CUSTOMER);

        timeline().record(List.of(posted));
        timeline().record(List.of(otherPosted, accepted));
        timeline().record(List.of(enRoute));

        assertThat(timeline().of(job.id())).containsExactly(posted, accepted, enRoute);
        assertThat(timeline().of(other.id())).containsExactly(otherPosted);
    }

    @Test
    void the_system_is_an_entry_without_an_actor_and_nothing_recorded_reads_empty() {
        Job job = storedJob(ContractFixtures.customer());
        assertThat(timeline().of(job.id())).isEmpty();

        TimelineEntry expired = new TimelineEntry(job.id(), JobStatus.NO_PROVIDER_FOUND, at(900), null, null);
        timeline().record(List.of());
        timeline().record(List.of(expired));

        assertThat(timeline().of(job.id())).containsExactly(expired);
    }
}
