package dev.callout.bootstrap;

import dev.callout.application.ratelimit.RateLimiter;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every minute, forgets the rate-limit windows that have ended (on every node; deleting twice is harmless). */
@Singleton
class RateLimitCleanup extends BackgroundWork {

    private static final Logger LOG = LoggerFactory.getLogger("callout.rate-limits");
    private static final Duration EVERY_MINUTE = Duration.ofMinutes(1);

    private final PeriodicTask task;

    RateLimitCleanup(RateLimiter limiter) {
        this.task = new PeriodicTask("rate-limits", EVERY_MINUTE, EVERY_MINUTE,
                () -> LOG.debug("Forgot {} ended rate-limit windows", limiter.forgetEnded()));
    }

    /** One cleanup now; a failure is logged and the next one runs as planned. */
    void run() {
        task.run();
    }

    @Override
    List<PeriodicTask> tasks() {
        return List.of(task);
    }
}
