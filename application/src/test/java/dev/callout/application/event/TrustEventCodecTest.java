package dev.callout.application.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.chat.MessageReceived;
import dev.callout.application.dispute.DisputeUpdated;
import dev.callout.application.notification.NotificationCreated;
import dev.callout.domain.chat.Message;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.dispute.Resolution;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.money.Money;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrustEventCodecTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00.123456Z");
    private final TrustEventCodec codec = new TrustEventCodec();

    private DomainEvent roundTrip(DomainEvent event) {
        return codec.decode(event.type(), codec.encode(event));
    }

    @Test
    void trust_events_read_back_as_written_and_name_their_audience() {
        UserId customer = new UserId("usr_customer1");
        UserId provider = new UserId("usr_provider1");
        MessageReceived message = new MessageReceived(new Message("msg_01", new JobId("job_01"), provider, "on my way",
                "fil_01", AT, null), customer, provider);
        DisputeUpdated dispute = new DisputeUpdated("dsp_01", "job_01", customer, provider, customer, DisputeStatus.RESOLVED,
                Resolution.PARTIAL_REFUND, Money.parse("300.00", "PHP"), AT);
        NotificationCreated notification = new NotificationCreated(new Notification("ntf_01", customer, "job_accepted",
                "Accepted", "Pedro took your job", Map.of("job_id", "job_01"), "job.accepted:job_01:" + AT, false, AT));

        assertThat(roundTrip(message)).isEqualTo(message);
        assertThat(roundTrip(dispute)).isEqualTo(dispute);
        assertThat(roundTrip(notification)).isEqualTo(notification);
        assertThat(codec.encode(message)).containsEntry("customer_id", "usr_customer1").containsEntry("provider_id", "usr_provider1");
        assertThat(codec.encode(notification)).containsEntry("recipient_id", "usr_customer1");
        assertThat(codec.encode(dispute)).containsEntry("refund_minor", 30_000L).containsEntry("status", "resolved");
    }
}
