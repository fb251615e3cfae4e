package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Users;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TimelineEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link JobTimeline} must do. Jobs and users are added first: a database refers to them. */
public abstract class JobTimelineContract {

    protected abstract JobTimeline timeline();

    protected abstract Jobs jobs();

    protected abstract Users users();

    @Test
    void a_jobs_entries_read_back_in_the_order_recorded_with_their_actors() {
        RecordedMoves recorded = RecordedMoves.record(users(), jobs(), timeline());

        assertThat(timeline().of(recorded.job().id())).containsExactlyElementsOf(recorded.moves());
        assertThat(timeline().of(recorded.other().id())).containsExactly(recorded.otherPosted());
    }

    @Test
    void the_system_is_an_entry_without_an_actor_and_nothing_recorded_reads_empty() {
        Job job = RecordedMoves.storedJob(users(), jobs(), ContractFixtures.customer());
        assertThat(timeline().of(job.id())).isEmpty();

        TimelineEntry expired = new TimelineEntry(job.id(), JobStatus.NO_PROVIDER_FOUND, at(900), null, null);
        timeline().record(List.of());
        timeline().record(List.of(expired));

        assertThat(timeline().of(job.id())).containsExactly(expired);
    }
}
