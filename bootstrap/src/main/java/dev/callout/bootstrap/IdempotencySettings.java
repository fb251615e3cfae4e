package dev.callout.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Idempotency keys ({@code callout.idempotency.*}): a request holds its key without an answer for
 * the lease, 30 seconds by default, so a crash blocks the key no longer.
 */
@ConfigurationProperties("callout.idempotency")
public class IdempotencySettings {

    private Duration lease = Duration.ofSeconds(30);

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }
}
