package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A node's background loops run on threads of their own from startup and end when the node closes. */
class BackgroundWorkLifecycleTest {

    private static final List<String> LOOPS = List.of("callout-relay", "callout-timers", "callout-webhooks", "callout-files",
            "callout-payments", "callout-accounts", "callout-rate-limits");

    @Test
    void everyLoopStartsWithTheNodeAndStopsWithIt() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        List<Thread> started;
        try (RunningCallout node = RunningCallout.start(Map.of())) {
            started = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !before.contains(thread) && LOOPS.contains(thread.getName())).toList();
            assertThat(started).extracting(Thread::getName).containsExactlyInAnyOrderElementsOf(LOOPS);
        }

        assertThat(started).as("stopped and waited for when the node closed").noneMatch(Thread::isAlive);
    }
}
