package dev.callout.bootstrap;

import dev.callout.application.dispatch.Dispatcher;
import dev.callout.application.job.OrderJobUseCase;
import dev.callout.application.job.PostJobUseCase;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * Test only (it lives in the test sources): the dispatch at posting as if it died before it ran, every time,
 * so only the relay offers jobs. Enabled by {@code callout.test.posting-dispatch-dead=true}.
 */
@Singleton
@Replaces(PostingDispatch.class)
@Requires(property = DeadPostingDispatch.PROPERTY, value = "true")
final class DeadPostingDispatch extends PostingDispatch {

    static final String PROPERTY = "callout.test.posting-dispatch-dead";

    DeadPostingDispatch(Dispatcher dispatcher) {
        super(dispatcher);
    }

    @Override
    PostJobUseCase posting(PostJobUseCase post) {
        return post;
    }

    @Override
    OrderJobUseCase ordering(OrderJobUseCase order) {
        return order;
    }
}
