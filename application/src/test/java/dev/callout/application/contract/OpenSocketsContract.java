package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.OpenSockets;
import dev.callout.application.port.OpenSockets.OpenSocket;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link OpenSockets} store must do: the cap per user, leases that lapse, renewal per node. */
public abstract class OpenSocketsContract {

    protected abstract OpenSockets sockets();

    private final UserId user = ContractFixtures.customer().id();
    private final Instant now = ContractFixtures.at(0);

    private OpenSocket socket(UserId owner, String node, Instant until) {
        return new OpenSocket("sock_" + ContractFixtures.unique(), owner, node, until);
    }

    @Test
    void a_user_holds_at_most_max_sockets_and_closing_one_frees_a_place() {
        OpenSocket first = socket(user, "node-a", now.plusSeconds(45));
        assertThat(sockets().open(first, 2, now)).isTrue();
        assertThat(sockets().open(socket(user, "node-b", now.plusSeconds(45)), 2, now)).isTrue();

        assertThat(sockets().open(socket(user, "node-a", now.plusSeconds(45)), 2, now)).isFalse();
        assertThat(sockets().open(socket(ContractFixtures.customer().id(), "node-a", now.plusSeconds(45)), 2, now))
                .as("another user").isTrue();

        sockets().close(first.id());
        assertThat(sockets().open(socket(user, "node-a", now.plusSeconds(45)), 2, now)).isTrue();
    }

    @Test
    void a_lapsed_lease_stops_counting_and_a_renewed_one_keeps_counting() {
        String dead = "node-dead-" + ContractFixtures.unique();
        String alive = "node-alive-" + ContractFixtures.unique();
        assertThat(sockets().open(socket(user, dead, now.plusSeconds(45)), 2, now)).isTrue();
        assertThat(sockets().open(socket(user, alive, now.plusSeconds(45)), 2, now)).isTrue();
        Instant later = now.plusSeconds(60);

        sockets().renew(alive, later.plusSeconds(45), later);

        assertThat(sockets().open(socket(user, alive, later.plusSeconds(45)), 2, later)).as("the dead node's place").isTrue();
        assertThat(sockets().open(socket(user, alive, later.plusSeconds(45)), 2, later)).isFalse();
    }

    @Test
    void concurrent_opens_never_exceed_the_cap() throws Exception {
        int attempts = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String node = "node-" + (i % 3);
                Callable<Boolean> open = () -> {
                    start.await();
                    return sockets().open(socket(user, node, now.plusSeconds(45)), 3, now);
                };
                results.add(pool.submit(open));
            }
            start.countDown();
            int opened = 0;
            for (Future<Boolean> result : results) {
                opened += result.get() ? 1 : 0;
            }
            assertThat(opened).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }
}
