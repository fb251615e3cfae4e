package dev.callout.bootstrap;

import dev.callout.application.idempotency.IdempotencyKey;
import dev.callout.application.port.IdempotencySteps;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Test only, never in the production jar (it lives in the test sources): halts the process with
 * {@link Runtime#halt} (no shutdown hooks, no graceful close: as good as kill -9) when a keyed
 * request reaches a named step. Enabled only by {@code callout.test.halt-at=<step>:<key>[,...]}
 * (e.g. {@code work_committed:crash-7}), which nothing but {@link CalloutProcess} sets.
 */
@Singleton
@Replaces(IdempotencySteps.class)
@Requires(property = HaltAtStep.PROPERTY)
final class HaltAtStep implements IdempotencySteps {

    static final String PROPERTY = "callout.test.halt-at";
    /** The exit status of a halted process: tells a halt at a step from any other death. */
    static final int EXIT_STATUS = 77;

    private static final Logger LOG = LoggerFactory.getLogger(HaltAtStep.class);

    private final Set<String> points;

    HaltAtStep(@Value("${" + PROPERTY + "}") String points) {
        this.points = Set.of(points.split(","));
    }

    static String point(Step step, String key) {
        return step.name().toLowerCase(Locale.ROOT) + ":" + key;
    }

    @Override
    public void reached(Step step, IdempotencyKey key) {
        if (points.contains(point(step, key.key()))) {
            LOG.warn("Halting at {} of the request with Idempotency-Key {}", step, key.key());
            Runtime.getRuntime().halt(EXIT_STATUS);
        }
    }
}
