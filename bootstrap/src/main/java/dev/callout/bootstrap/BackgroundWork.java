package dev.callout.bootstrap;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import java.util.List;

/** A bean whose {@link PeriodicTask}s start once the application has started and stop with the context. */
abstract class BackgroundWork implements ApplicationEventListener<StartupEvent> {

    abstract List<PeriodicTask> tasks();

    @Override
    public void onApplicationEvent(StartupEvent event) {
        tasks().forEach(PeriodicTask::start);
    }

    @PreDestroy
    public void stop() {
        tasks().forEach(PeriodicTask::stop);
    }
}
