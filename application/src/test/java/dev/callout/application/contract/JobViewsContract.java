package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.job.JobView;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.JobViews;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Orders;
import dev.callout.application.port.Users;
import dev.callout.domain.catalog.Order;
import dev.callout.domain.catalog.OrderDetails;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link JobViews} must do: the job as {@link Jobs} reads it, with its order and its timeline. */
public abstract class JobViewsContract {

    protected abstract JobViews views();

    protected abstract Jobs jobs();

    protected abstract Orders orders();

    protected abstract JobTimeline timeline();

    protected abstract Users users();

    private Job storedJob(User customer) {
        users().add(customer);
        Job job = ContractFixtures.requested(customer.id(), "towing", at(0));
        jobs().add(job);
        return job;
    }

    @Test
    void a_job_reads_with_its_order_and_its_timeline_in_the_order_recorded() {
        User customer = ContractFixtures.customer();
        User provider = ContractFixtures.provider(Set.of("towing"));
        users().add(provider);
        Job job = storedJob(customer);
        Job other = storedJob(ContractFixtures.customer());
        Order order = new Order(job.id(), "svc_" + ContractFixtures.unique(), "Leak repair", "pkg_" + ContractFixtures.unique(),
                "Basic", ContractFixtures.php(85_000), 90,
                new OrderDetails(Map.of("fixtures", 2, "notes", "under the sink", "urgent", true)));
        orders().add(order);
        // microseconds survive the read; equal instants keep the order recorded
        Instant accepted = at(5).plusNanos(123_456_000);
        TimelineEntry posted = new TimelineEntry(job.id(), JobStatus.REQUESTED, at(0), customer.id(), Role.CUSTOMER);
        TimelineEntry taken = new TimelineEntry(job.id(), JobStatus.ACCEPTED, accepted, provider.id(), Role.PROVIDER);
        TimelineEntry enRoute = new TimelineEntry(job.id(), JobStatus.EN_ROUTE, accepted, provider.id(), Role.PROVIDER);
        timeline().record(List.of(posted));
        timeline().record(List.of(new TimelineEntry(other.id(), JobStatus.REQUESTED, at(1), other.customerId(), Role.CUSTOMER),
                taken));
        timeline().record(List.of(enRoute));

        JobView view = views().byId(job.id()).orElseThrow();

        assertThat(view.job()).isEqualTo(jobs().byId(job.id()).orElseThrow());
        assertThat(view.order()).isEqualTo(orders().ofJob(job.id()).orElseThrow()).isEqualTo(order);
        assertThat(view.timeline()).containsExactly(posted, taken, enRoute);
    }

    @Test
    void a_job_without_an_order_reads_with_none_and_the_system_as_an_actorless_entry() {
        Job job = storedJob(ContractFixtures.customer());
        assertThat(views().byId(job.id()).orElseThrow().timeline()).isEmpty();

        TimelineEntry expired = new TimelineEntry(job.id(), JobStatus.NO_PROVIDER_FOUND, at(900), null, null);
        timeline().record(List.of(expired));
        JobView view = views().byId(job.id()).orElseThrow();

        assertThat(view.job()).isEqualTo(jobs().byId(job.id()).orElseThrow());
        assertThat(view.order()).isNull();
        assertThat(view.timeline()).containsExactly(expired);
    }

    @Test
    void an_unknown_job_reads_empty() {
        assertThat(views().byId(new JobId("job_" + ContractFixtures.unique()))).isEmpty();
    }
}
