package dev.callout.persistence;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.contract.JobTimelineContract;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Users;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresJobTimelineContractTest extends JobTimelineContract {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Override
    protected JobTimeline timeline() {
        return database.bean(PostgresJobTimeline.class);
    }

    @Override
    protected Jobs jobs() {
        return database.bean(PostgresJobs.class);
    }

    @Override
    protected Users users() {
        return database.bean(PostgresUsers.class);
    }

    @Test
    void an_entry_goes_with_the_transaction_that_rolls_back_and_with_its_deleted_job() {
        User customer = ContractFixtures.customer();
        users().add(customer);
        Job job = ContractFixtures.requested(customer.id(), "towing", at(0));
        jobs().add(job);
        TimelineEntry posted = new TimelineEntry(job.id(), JobStatus.REQUESTED, at(0), customer.id(), Role.CUSTOMER);

        assertThatThrownBy(() -> database.bean(PostgresTransactions.class).inTransaction(() -> {
            timeline().record(List.of(posted));
            throw new IllegalStateException("the transition failed after its writes");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(timeline().of(job.id())).isEmpty();

        timeline().record(List.of(posted));
        database.execute("DELETE FROM jobs WHERE id = '" + job.id().value() + "'");
        assertThat(database.number("SELECT count(*) FROM job_timeline WHERE job_id = ?", job.id().value())).isZero();
    }
}
