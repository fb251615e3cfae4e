package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.job.JobView;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.JobViews;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Orders;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Users;
import dev.callout.domain.catalog.Order;
import dev.callout.domain.catalog.OrderDetails;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link JobViews} must do: the job as {@link Jobs} reads it, with its order, its timeline and its photos. */
public abstract class JobViewsContract {

    protected abstract JobViews views();

    protected abstract Jobs jobs();

    protected abstract Orders orders();

    protected abstract JobTimeline timeline();

    protected abstract Users users();

    protected abstract StoredFiles files();

    @Test
    void a_job_reads_with_its_order_and_its_timeline_in_the_order_recorded() {
        RecordedMoves recorded = RecordedMoves.record(users(), jobs(), timeline());
        Job job = recorded.job();
        Order order = new Order(job.id(), "svc_" + ContractFixtures.unique(), "Leak repair", "pkg_" + ContractFixtures.unique(),
                "Basic", ContractFixtures.php(85_000), 90,
                new OrderDetails(Map.of("fixtures", 2, "notes", "under the sink", "urgent", true)));
        orders().add(order);

        JobView view = views().byId(job.id()).orElseThrow();

        assertThat(view.job()).isEqualTo(jobs().byId(job.id()).orElseThrow());
        assertThat(view.order()).isEqualTo(orders().ofJob(job.id()).orElseThrow()).isEqualTo(order);
        assertThat(view.timeline()).containsExactlyElementsOf(recorded.moves());
        // PostgreSQL's driver prepares a statement on the server after a few runs and then reads it in binary
        for (int read = 0; read < 10; read++) {
            assertThat(views().byId(job.id())).contains(view);
        }
    }

    @Test
    void a_job_without_an_order_reads_with_none_and_the_system_as_an_actorless_entry() {
        Job job = RecordedMoves.storedJob(users(), jobs(), ContractFixtures.customer());
        assertThat(views().byId(job.id()).orElseThrow().timeline()).isEmpty();

        TimelineEntry expired = new TimelineEntry(job.id(), JobStatus.NO_PROVIDER_FOUND, at(900), null, null);
        timeline().record(List.of(expired));
        JobView view = views().byId(job.id()).orElseThrow();

        assertThat(view.job()).isEqualTo(jobs().byId(job.id()).orElseThrow());
        assertThat(view.order()).isNull();
        assertThat(view.timeline()).containsExactly(expired);
    }

    @Test
    void a_job_reads_with_its_own_photos_those_it_was_posted_with_first_then_the_oldest() {
        User customer = ContractFixtures.customer();
        User provider = ContractFixtures.provider(Set.of("towing"));
        users().add(customer);
        users().add(provider);
        String postedFirst = "fil_" + ContractFixtures.unique();
        String postedSecond = "fil_" + ContractFixtures.unique();
        JobDetails plain = ContractFixtures.details("towing");
        Job job = ContractFixtures.requested(customer.id(), "towing", at(0)).toBuilder().details(new JobDetails(plain.category(),
                plain.description(), plain.location(), null, plain.urgency(), null, false, null, null,
                List.of(postedFirst, postedSecond))).build();
        jobs().add(job);
        Job other = RecordedMoves.storedJob(users(), jobs(), ContractFixtures.customer());
        // uploaded: addedEarlier, second, first, addedLater
        StoredFile addedLater = photo("fil_" + ContractFixtures.unique(), provider, job, FilePurpose.JOB, at(30));
        StoredFile second = photo(postedSecond, customer, job, FilePurpose.JOB, at(5));
        StoredFile addedEarlier = photo("fil_" + ContractFixtures.unique(), provider, job, FilePurpose.JOB, at(1));
        StoredFile first = photo(postedFirst, customer, job, FilePurpose.JOB, at(10));
        photo("fil_" + ContractFixtures.unique(), customer, job, FilePurpose.DISPUTE, at(3));
        photo("fil_" + ContractFixtures.unique(), provider, other, FilePurpose.JOB, at(4));

        for (int read = 0; read < 10; read++) {
            assertThat(views().byId(job.id()).orElseThrow().photos()).containsExactly(first, second, addedEarlier, addedLater);
        }
        assertThat(views().byId(other.id()).orElseThrow().photos()).hasSize(1);
        assertThat(views().byId(RecordedMoves.storedJob(users(), jobs(), ContractFixtures.customer()).id()).orElseThrow()
                .photos()).isEmpty();
    }

    private StoredFile photo(String id, User owner, Job job, FilePurpose purpose, Instant at) {
        StoredFile file = new StoredFile(id, owner.id(), purpose, job.id(), "photo.jpg", ImageFormat.JPEG, 1_234, at);
        files().add(file);
        return file;
    }

    @Test
    void an_unknown_job_reads_empty() {
        assertThat(views().byId(new JobId("job_" + ContractFixtures.unique()))).isEmpty();
    }
}
