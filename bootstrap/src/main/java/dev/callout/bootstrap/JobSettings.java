package dev.callout.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Job rules ({@code callout.jobs.*}): a customer may cancel within 5 minutes of acceptance by default. */
@ConfigurationProperties("callout.jobs")
public class JobSettings {

    private Duration cancellationWindow = Duration.ofMinutes(5);

    public Duration getCancellationWindow() {
        return cancellationWindow;
    }

    public void setCancellationWindow(Duration cancellationWindow) {
        this.cancellationWindow = cancellationWindow;
    }
}
