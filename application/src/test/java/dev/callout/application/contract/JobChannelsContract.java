package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.JobChannels;
import dev.callout.application.port.JobChannels.Departure;
import dev.callout.application.port.JobChannels.Member;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link JobChannels} store must do: first in and last out per user and job, on any node, under races and lapses. */
public abstract class JobChannelsContract {

    protected abstract JobChannels channels();

    private final Instant now = ContractFixtures.at(0);
    private final JobId job = ContractFixtures.jobId();
    private final UserId customer = ContractFixtures.customer().id();
    private final UserId provider = ContractFixtures.provider(Set.of("plumber")).id();

    private Member member(UserId user, JobId on, String node) {
        return new Member("sock_" + ContractFixtures.unique(), user, on, node, now.plusSeconds(45));
    }

    @Test
    void a_user_joins_with_their_first_socket_and_leaves_with_their_last() {
        Member phone = member(customer, job, "node-a");
        Member laptop = member(customer, job, "node-b");

        assertThat(channels().join(phone)).isTrue();
        assertThat(channels().join(laptop)).as("already there on another socket").isFalse();
        assertThat(channels().join(phone)).as("the same socket again").isFalse();
        assertThat(channels().join(member(provider, job, "node-a"))).as("another user").isTrue();
        assertThat(channels().present(job)).containsExactlyInAnyOrder(customer, provider);

        assertThat(channels().leave(phone.socketId(), job)).as("the laptop is still there").isFalse();
        assertThat(channels().leave(phone.socketId(), job)).as("not there any more").isFalse();
        assertThat(channels().present(job)).contains(customer);
        assertThat(channels().leave(laptop.socketId(), job)).isTrue();
        assertThat(channels().present(job)).containsExactly(provider);
        assertThat(channels().leave("sock_never" + ContractFixtures.unique(), job)).isFalse();
    }

    @Test
    void leaving_every_channel_reports_only_those_the_user_is_gone_from() {
        JobId other = ContractFixtures.jobId();
        Member socket = member(customer, job, "node-a");
        channels().join(socket);
        channels().join(new Member(socket.socketId(), customer, other, "node-a", now.plusSeconds(45)));
        Member second = member(customer, other, "node-b");
        channels().join(second);

        assertThat(channels().leaveAll(socket.socketId())).containsExactly(job);
        assertThat(channels().present(job)).isEmpty();
        assertThat(channels().present(other)).containsExactly(customer);
        assertThat(channels().leaveAll(socket.socketId())).isEmpty();
        assertThat(channels().leaveAll(second.socketId())).containsExactly(other);
    }

    @Test
    void a_dead_nodes_entries_lapse_and_their_users_leave_once_unless_another_socket_holds_them() {
        String dead = "node-dead-" + ContractFixtures.unique();
        String alive = "node-alive-" + ContractFixtures.unique();
        channels().join(member(customer, job, dead));
        channels().join(member(provider, job, dead));
        channels().join(member(provider, job, alive));
        Instant later = now.plusSeconds(60);

        List<Departure> departures = channels().renew(alive, later.plusSeconds(45), later);

        assertThat(departures).contains(new Departure(job, customer)).doesNotContain(new Departure(job, provider));
        assertThat(channels().present(job)).containsExactly(provider);
        assertThat(channels().renew(alive, later.plusSeconds(45), later)).doesNotContain(new Departure(job, customer));
        assertThat(channels().renew(alive, later.plusSeconds(90), later.plusSeconds(30)))
                .as("the living node's entries were renewed").doesNotContain(new Departure(job, provider));
        assertThat(channels().present(job)).containsExactly(provider);
    }

    @Test
    void of_one_users_sockets_joining_or_leaving_at_once_exactly_one_is_first_or_last() throws Exception {
        List<Member> sockets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sockets.add(member(customer, job, "node-" + (i % 3)));
        }
        assertThat(race(sockets, member -> channels().join(member))).isOne();
        assertThat(race(sockets, member -> channels().leave(member.socketId(), job))).isOne();
        assertThat(channels().present(job)).isEmpty();
    }

    private static int race(List<Member> sockets, Function<Member, Boolean> change) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sockets.size());
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Member socket : sockets) {
                results.add(pool.submit(() -> {
                    start.await();
                    return change.apply(socket);
                }));
            }
            start.countDown();
            int firsts = 0;
            for (Future<Boolean> result : results) {
                firsts += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            return firsts;
        } finally {
            pool.shutdownNow();
        }
    }
}
