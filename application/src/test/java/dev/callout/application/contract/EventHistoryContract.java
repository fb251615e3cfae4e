package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.EventHistory;
import dev.callout.application.port.EventHistory.RecordedEvent;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.payment.PaymentEvent;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link EventHistory} must do, reading back what the {@link Outbox} beside it recorded. */
public abstract class EventHistoryContract {

    protected abstract Outbox outbox();

    protected abstract EventHistory history();

    protected abstract Transactions transactions();

    private final UserId customer = ContractFixtures.customer().id();
    private final UserId provider = ContractFixtures.provider(Set.of("towing")).id();

    private void record(List<? extends DomainEvent> events) {
        transactions().inTransaction(() -> {
            outbox().record(events);
            return null;
        });
    }

    @Test
    void a_jobs_events_read_back_oldest_first_with_their_fields_whatever_their_subject() {
        JobId job = ContractFixtures.jobId();
        JobId other = ContractFixtures.jobId();
        record(List.of(new DispatchEvent.OfferWithdrawn(job, provider, "taken", ContractFixtures.at(1)),
                new JobEvent.JobAccepted(other, customer, provider, ContractFixtures.at(1))));
        record(List.of(new JobEvent.JobAccepted(job, customer, provider, ContractFixtures.at(2)),
                new PaymentEvent.PaymentUpdated(new PaymentId("pay_" + ContractFixtures.unique()), job, customer, provider,
                        PaymentMethod.CASH, PaymentStatus.PENDING, ContractFixtures.php(84_000), ContractFixtures.php(0),
                        null, ContractFixtures.at(3))));

        List<RecordedEvent> events = history().ofJob(job, 0, 10);

        assertThat(events).extracting(RecordedEvent::type)
                .containsExactly("job.offer_withdrawn", "job.accepted", "payment.updated");
        assertThat(events).extracting(RecordedEvent::id).isSorted().doesNotHaveDuplicates();
        assertThat(events.get(1).fields()).containsEntry("job_id", job.value()).containsEntry("customer_id", customer.value())
                .containsEntry("provider_id", provider.value());
        assertThat(events.get(1).occurredAt()).isEqualTo(ContractFixtures.at(2));
        assertThat(history().ofJob(ContractFixtures.jobId(), 0, 10)).isEmpty();
    }

    @Test
    void reading_resumes_after_an_id_and_stops_at_the_limit() {
        JobId job = ContractFixtures.jobId();
        for (int i = 0; i < 5; i++) {
            record(List.of(new JobEvent.JobStatusChanged(job, customer, provider, JobStatus.ACCEPTED, JobStatus.EN_ROUTE,
                    Role.PROVIDER, "step " + i, ContractFixtures.at(i))));
        }
        List<RecordedEvent> all = history().ofJob(job, 0, 10);
        assertThat(all).hasSize(5);

        List<RecordedEvent> page = history().ofJob(job, all.get(1).id(), 2);

        assertThat(page).extracting(RecordedEvent::id).containsExactly(all.get(2).id(), all.get(3).id());
        assertThat(page).extracting(event -> event.fields().get("reason")).containsExactly("step 2", "step 3");
        assertThat(history().ofJob(job, all.get(4).id(), 10)).isEmpty();
    }
}
