package dev.callout.bootstrap;

import dev.callout.application.background.RetryPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How background work that fails is retried ({@code callout.background.*}, e.g.
 * CALLOUT_BACKGROUND_MAX_ATTEMPTS=5): a dispatch timer or one event handler's delivery is tried
 * up to 10 times, waiting 1 s, then twice as long each time up to 5 minutes (about 13 minutes in
 * all), then parked as a dead letter for an admin to retry.
 */
@ConfigurationProperties("callout.background")
public class BackgroundSettings {

    private static final RetryPolicy DEFAULT = RetryPolicy.DEFAULT;

    private int maxAttempts = DEFAULT.maxAttempts();
    private Duration firstRetry = DEFAULT.firstRetry();
    private Duration maxRetry = DEFAULT.maxRetry();

    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, firstRetry, maxRetry);
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getFirstRetry() {
        return firstRetry;
    }

    public void setFirstRetry(Duration firstRetry) {
        this.firstRetry = firstRetry;
    }

    public Duration getMaxRetry() {
        return maxRetry;
    }

    public void setMaxRetry(Duration maxRetry) {
        this.maxRetry = maxRetry;
    }
}
