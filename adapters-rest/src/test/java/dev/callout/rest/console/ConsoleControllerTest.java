package dev.callout.rest.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConsoleControllerTest {

    @Test
    void thePolicyLetsThePageLoadImagesFromTheTileServerAndNothingElseFromOutside() {
        String policy = ConsoleController.policy(ConsoleController.tileOrigin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
        assertThat(policy).startsWith("default-src 'none'").contains("script-src 'self';", "style-src 'self';",
                "img-src 'self' data: https://tile.openstreetmap.org;", "connect-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe");
    }

    @Test
    void subdomainTemplatesPortsAndNoTilesAreUnderstood() {
        assertThat(ConsoleController.tileOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png")).isEqualTo(" https://*.tile.example.org");
        assertThat(ConsoleController.tileOrigin("http://127.0.0.1:9/{z}/{x}/{y}.png")).isEqualTo(" http://127.0.0.1:9");
        assertThat(ConsoleController.tileOrigin("")).isEmpty();
        assertThatThrownBy(() -> ConsoleController.tileOrigin("javascript:alert(1)")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("callout.console.tile-url");
    }
}
