package dev.callout.bootstrap;

import dev.callout.application.dispatch.DispatchAtPosting;
import dev.callout.application.dispatch.Dispatcher;
import dev.callout.application.job.OrderJobUseCase;
import dev.callout.application.job.PostJobUseCase;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Offers each job as its posting commits ({@link DispatchAtPosting}), on nodes that run the dispatch workers: two
 * threads ({@code callout-posting-dispatch-N}) with room for {@value #WAITING} jobs waiting. A job that finds no
 * room, or comes while the node stops, is dispatched by the relay instead.
 */
@Singleton
@Requires(property = "callout.dispatch.workers", notEquals = "false")
class PostingDispatch {

    static final int WAITING = 256;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final Dispatcher dispatcher;
    private final ThreadPoolExecutor threads = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), Thread.ofPlatform().daemon().name("callout-posting-dispatch-", 1).factory());

    PostingDispatch(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    PostJobUseCase posting(PostJobUseCase post) {
        return DispatchAtPosting.posting(post, dispatcher, threads);
    }

    OrderJobUseCase ordering(OrderJobUseCase order) {
        return DispatchAtPosting.ordering(order, dispatcher, threads);
    }

    /** Takes no more jobs and lets the ones begun finish (what was waiting is the relay's). */
    @PreDestroy
    void stop() {
        threads.shutdown();
        threads.getQueue().clear();
        try {
            threads.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
