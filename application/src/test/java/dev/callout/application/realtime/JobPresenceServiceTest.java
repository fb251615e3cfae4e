package dev.callout.application.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.TestClock;
import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.inmemory.InMemoryJobChannels;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryLiveEvents;
import dev.callout.application.port.LiveEvents.LiveEvent;
import dev.callout.domain.job.Job;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Who hears of a party joining or leaving a job's channel, and when. */
class JobPresenceServiceTest {

    private final TestClock clock = new TestClock(ContractFixtures.T0);
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryLiveEvents live = new InMemoryLiveEvents();
    private final List<LiveEvent> published = new CopyOnWriteArrayList<>();
    private final JobPresenceService presence = new JobPresenceService(new InMemoryJobChannels(), jobs, live, clock);
    private final UserId customer = ContractFixtures.customer().id();
    private final UserId provider = ContractFixtures.provider(Set.of("plumber")).id();

    JobPresenceServiceTest() {
        live.listen(published::add);
    }

    private Job accepted() {
        Job job = ContractFixtures.accepted(customer, provider, "plumber", ContractFixtures.at(0));
        jobs.add(job);
        return job;
    }

    private Instant lease() {
        return clock.instant().plusSeconds(45);
    }

    private static Map<String, Object> frame(Job job, UserId user, String state, UserId recipient) {
        return Map.of("job_id", job.id().value(), "user_id", user.value(), "state", state, "recipient_id", recipient.value());
    }

    private List<Map<String, Object>> frames() {
        assertThat(published).allSatisfy(event -> assertThat(event.type()).isEqualTo("presence"));
        return published.stream().map(LiveEvent::fields).toList();
    }

    @Test
    void the_other_party_hears_the_first_socket_join_and_the_last_one_leave() {
        Job job = accepted();

        assertThat(presence.subscribed(customer, job, "sock_phone", "node-a", lease())).isEmpty();
        assertThat(presence.subscribed(customer, job, "sock_laptop", "node-b", lease())).isEmpty();
        assertThat(presence.subscribed(provider, job, "sock_van", "node-a", lease())).containsExactly(customer);
        presence.unsubscribed(customer, job.id(), "sock_phone");
        presence.disconnected(customer, "sock_laptop");

        assertThat(frames()).containsExactly(frame(job, customer, "joined", provider), frame(job, provider, "joined", customer),
                frame(job, customer, "left", provider));
    }

    @Test
    void nobody_hears_of_a_job_without_a_provider() {
        Job open = ContractFixtures.requested(customer, "plumber", ContractFixtures.at(0));
        jobs.add(open);

        presence.subscribed(customer, open, "sock_phone", "node-a", lease());
        presence.disconnected(customer, "sock_phone");

        assertThat(published).isEmpty();
    }

    @Test
    void a_party_whose_node_died_leaves_when_its_entries_lapse() {
        Job job = accepted();
        presence.subscribed(customer, job, "sock_phone", "node-dead", lease());
        presence.subscribed(provider, job, "sock_van", "node-alive", lease());
        published.clear();

        clock.advance(Duration.ofSeconds(30));
        presence.renew("node-alive", lease());
        assertThat(published).as("not lapsed yet").isEmpty();
        clock.advance(Duration.ofSeconds(30));
        presence.renew("node-alive", lease());

        assertThat(frames()).containsExactly(frame(job, customer, "left", provider));
        assertThat(presence.subscribed(customer, job, "sock_phone2", "node-alive", lease())).containsExactly(provider);
    }
}
