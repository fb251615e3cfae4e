package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.RateLimitCounters;
import dev.callout.application.port.RateLimitCounters.Reservation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimitCounters} store must do. */
public abstract class RateLimitCountersContract {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    protected abstract RateLimitCounters counters();

    @Test
    void the_first_reservation_starts_a_window_and_later_ones_are_granted_up_to_the_limit() {
        String key = "general:user:" + ContractFixtures.unique();

        assertThat(counters().reserve(key, 4, 10, MINUTE, at(0))).isEqualTo(new Reservation(4, 4, at(60)));
        assertThat(counters().reserve(key, 4, 10, MINUTE, at(5))).isEqualTo(new Reservation(4, 8, at(60)));
        assertThat(counters().reserve(key, 4, 10, MINUTE, at(10))).as("only what is left").isEqualTo(new Reservation(2, 10, at(60)));
        assertThat(counters().reserve(key, 4, 10, MINUTE, at(59))).isEqualTo(new Reservation(0, 10, at(60)));
    }

    @Test
    void a_window_that_has_ended_starts_again_from_the_time_of_the_request() {
        String key = "auth:address:" + ContractFixtures.unique();
        counters().reserve(key, 5, 5, MINUTE, at(0));

        assertThat(counters().reserve(key, 1, 5, MINUTE, at(60))).isEqualTo(new Reservation(1, 1, at(120)));
        assertThat(counters().reserve(key, 1, 5, MINUTE, at(200))).isEqualTo(new Reservation(1, 1, at(260)));
    }

    @Test
    void keys_count_apart() {
        String one = "general:user:" + ContractFixtures.unique();
        String other = "general:user:" + ContractFixtures.unique();
        counters().reserve(one, 3, 3, MINUTE, at(0));

        assertThat(counters().reserve(other, 3, 3, MINUTE, at(1))).isEqualTo(new Reservation(3, 3, at(61)));
        assertThat(counters().reserve(one, 1, 3, MINUTE, at(1)).granted()).isZero();
    }

    @Test
    void concurrent_reservations_never_grant_more_than_the_limit() throws Exception {
        String key = "general:user:" + ContractFixtures.unique();
        List<CompletableFuture<Reservation>> reservations = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 40; i++) {
                reservations.add(CompletableFuture.supplyAsync(() -> counters().reserve(key, 3, 50, MINUTE, at(0)), threads));
            }
        }
        int granted = 0;
        for (CompletableFuture<Reservation> reservation : reservations) {
            granted += reservation.get().granted();
        }
        assertThat(granted).isEqualTo(50);
        assertThat(counters().reserve(key, 1, 50, MINUTE, at(1))).isEqualTo(new Reservation(0, 50, at(60)));
    }

    @Test
    void deleting_removes_ended_windows_only_and_at_most_a_batch() {
        counters().deleteEnded(at(100_000), Integer.MAX_VALUE); // what other tests left
        String ended = "general:user:" + ContractFixtures.unique();
        String endedToo = "general:user:" + ContractFixtures.unique();
        String live = "general:user:" + ContractFixtures.unique();
        counters().reserve(ended, 1, 5, MINUTE, at(100_000));
        counters().reserve(endedToo, 1, 5, MINUTE, at(100_001));
        counters().reserve(live, 1, 5, MINUTE, at(100_100));

        assertThat(counters().deleteEnded(at(100_120), 1)).isEqualTo(1);
        assertThat(counters().deleteEnded(at(100_120), 10)).isEqualTo(1);
        assertThat(counters().deleteEnded(at(100_120), 10)).isZero();

        assertThat(counters().reserve(live, 1, 5, MINUTE, at(100_121))).as("kept").isEqualTo(new Reservation(1, 2, at(100_160)));
        assertThat(counters().reserve(ended, 1, 5, MINUTE, at(100_121))).as("gone: a new window")
                .isEqualTo(new Reservation(1, 1, at(100_181)));
    }
}
