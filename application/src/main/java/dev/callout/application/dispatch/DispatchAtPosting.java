package dev.callout.application.dispatch;

import dev.callout.application.job.JobResult;
import dev.callout.application.job.OrderJobUseCase;
import dev.callout.application.job.PostJobUseCase;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Offers a job as soon as its posting commits, on {@code executor}, instead of after the relay's hop (the job.posted
 * notification, the relay's claim, the events claimed before it). The job.posted event is in the outbox all the
 * same, so a job whose early dispatch never ran (the process died, the executor was full or stopped, the dispatch
 * failed) is dispatched when the relay delivers it; one that did run makes that delivery change nothing
 * ({@link Dispatcher#posted}).
 */
public final class DispatchAtPosting {

    private static final System.Logger LOG = System.getLogger("callout.dispatch");

    private DispatchAtPosting() {
    }

    public static PostJobUseCase posting(PostJobUseCase post, Dispatcher dispatcher, Executor executor) {
        return (command, onCommit) -> dispatched(dispatcher, executor, post.post(command, onCommit));
    }

    public static OrderJobUseCase ordering(OrderJobUseCase order, Dispatcher dispatcher, Executor executor) {
        return (command, onCommit) -> dispatched(dispatcher, executor, order.order(command, onCommit));
    }

    private static JobResult dispatched(Dispatcher dispatcher, Executor executor, JobResult posted) {
        if (posted instanceof JobResult.Ok ok) {
            try {
                executor.execute(() -> {
                    try {
                        dispatcher.posted(ok.job());
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.INFO, () -> "dispatching " + ok.job().id().value()
                                + " at its posting failed; the relay dispatches it: " + e);
                    }
                });
            } catch (RejectedExecutionException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "no room to dispatch " + ok.job().id().value()
                        + " at its posting; the relay dispatches it");
            }
        }
        return posted;
    }
}
