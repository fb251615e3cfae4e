package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentProfileTest {

    @Test
    void aProfileIsNamedInAnyCaseAndAroundSpaces() {
        assertThat(DeploymentProfile.named(" Chayenity ")).isEqualTo(DeploymentProfile.CHAYENITY);
        assertThat(DeploymentProfile.ART.id()).isEqualTo("art");
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesThereAre() {
        assertThatThrownBy(() -> DeploymentProfile.named("uber"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown profile 'uber': choose one of callout, depannini, chayenity, art, bluework, orders");
    }

    @Test
    void theActiveProfileComesFromConfigurationAndDefaultsToTheCanonicalApi() {
        assertThat(activeWith(Map.of("callout.profile", "depannini"))).isEqualTo(DeploymentProfile.DEPANNINI);
        assertThat(activeWith(Map.of())).isEqualTo(DeploymentProfile.CALLOUT);
        assertThatThrownBy(() -> activeWith(Map.of("callout.profile", "nope"))).hasMessageContaining("unknown profile 'nope'");
    }

    private static DeploymentProfile activeWith(Map<String, Object> properties) {
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).build()) {
            Environment environment = context.getEnvironment().start();
            return new Profiles().active(environment);
        }
    }
}
