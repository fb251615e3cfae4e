package dev.callout.rest.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SocketLaneTest {

    @Test
    void runsASocketsWorkOneAtATimeInOrderOnAPoolOfManyThreads() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            SocketLane lane = new SocketLane(pool);
            List<Integer> ran = new CopyOnWriteArrayList<>();
            AtomicInteger running = new AtomicInteger();
            AtomicInteger mostAtOnce = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(2_000);
            for (int i = 0; i < 2_000; i++) {
                int task = i;
                lane.execute(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    ran.add(task);
                    running.decrementAndGet();
                    done.countDown();
                    if (task % 100 == 7) {
                        throw new IllegalStateException("this frame fails");
                    }
                });
            }

            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).containsExactlyElementsOf(IntStream.range(0, 2_000).boxed().toList());
            assertThat(mostAtOnce).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
