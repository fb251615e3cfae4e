package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeProgramTest {

    private final NodeProgram smoke = NodeProgram.named("smoke");

    @Test
    void aProgramGetsItsArgumentsAndEnvironmentAndItsOutputComesBack() {
        NodeProgram.Outcome outcome = smoke.run("sum.js", List.of("2", "40"), Map.of("CALLOUT_GREETING", "sum is"), Duration.ofMinutes(1));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.output()).isEqualTo("sum is 42\n");
    }

    @Test
    void itsExitCodeIsReported() {
        assertThat(smoke.run("sum.js", List.of("101"), Map.of(), Duration.ofMinutes(1)).exitCode()).isEqualTo(3);
    }
}
