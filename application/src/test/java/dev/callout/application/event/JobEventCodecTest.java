package dev.callout.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Place;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JobEventCodecTest {

    private static final JobId JOB = new JobId("job_01J0000000000000000000000A");
    private static final UserId CUSTOMER = new UserId("usr_01J0000000000000000000000C");
    private static final UserId PROVIDER = new UserId("usr_01J0000000000000000000000P");
    private static final Instant AT = Instant.parse("2026-02-24T10:00:00.123456Z");

    private final EventCodecs codecs = new EventCodecs(List.of(new JobEventCodec()));

    static Stream<JobEvent> events() {
        return Stream.of(
                new JobEvent.JobPosted(JOB, CUSTOMER, "towing", new Place(new GeoPoint(14.5547, 121.0244), "Makati"),
                        Urgency.SCHEDULED, AT.plusSeconds(3600), AT),
                new JobEvent.JobPosted(JOB, CUSTOMER, "plumber", new Place(new GeoPoint(-33.9, 151.2), null),
                        Urgency.IMMEDIATE, null, AT),
                new JobEvent.JobAccepted(JOB, CUSTOMER, PROVIDER, AT),
                new JobEvent.JobStatusChanged(JOB, CUSTOMER, PROVIDER, JobStatus.IN_PROGRESS, JobStatus.COMPLETED,
                        Role.PROVIDER, null, AT),
                new JobEvent.JobStatusChanged(JOB, CUSTOMER, null, JobStatus.REQUESTED, JobStatus.CANCELLED,
                        Role.CUSTOMER, "changed my mind", AT),
                new JobEvent.ProviderWithdrew(JOB, CUSTOMER, PROVIDER, "flat tyre", AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyJobEventSurvivesTheRoundTrip(JobEvent event) {
        Map<String, Object> fields = codecs.encode(event);
        assertThat(fields).containsEntry("job_id", JOB.value()).containsEntry("occurred_at", AT.toString());
        DomainEvent decoded = codecs.decode(event.type(), fields);
        assertThat(decoded).isEqualTo(event);
        assertThat(decoded.subjectId()).isEqualTo(JOB.value());
    }

    @Test
    void numbersReadBackWhateverTypeAJsonReaderChose() {
        JobEvent posted = events().findFirst().orElseThrow();
        Map<String, Object> fields = new HashMap<>(codecs.encode(posted));
        fields.put("location", Map.of("lat", new java.math.BigDecimal("14.5547"), "lng", 121.0244f, "address", "Makati"));
        JobEvent.JobPosted decoded = (JobEvent.JobPosted) codecs.decode("job.posted", fields);
        assertThat(decoded.location().point().lat()).isEqualTo(14.5547);
    }

    @Test
    void anUnknownTypeOrAClashingCodecIsAnError() {
        assertThatThrownBy(() -> codecs.decode("job.teleported", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventCodecs(List.of(new JobEventCodec(), new JobEventCodec())))
                .hasMessageContaining("two codecs");
    }
}
