package dev.callout.bootstrap;

import dev.callout.domain.dispatch.DispatchPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.List;

/**
 * Dispatch and realtime settings ({@code callout.dispatch.*}, e.g. CALLOUT_DISPATCH_BATCH_SIZE=5).
 * Defaults: offers go to 3 providers at a time, within 3, then 6, then 12 km; each step stands 30
 * seconds, so a job nobody takes expires after 90 seconds ({@code untaken-jobs-expire} false: it
 * stays open until taken or cancelled); scheduled jobs are dispatched 30
 * minutes before their time; a position older than 5 minutes counts as offline. The relay polls
 * every second besides being woken by notifications, timers are checked every 250 ms, and
 * sockets are pinged every 15 seconds (two missed pings close them).
 */
@ConfigurationProperties("callout.dispatch")
public class DispatchSettings {

    private static final DispatchPolicy DEFAULT = DispatchPolicy.DEFAULT;

    private int batchSize = DEFAULT.batchSize();
    private List<Double> radiiKm = DEFAULT.radiiKm();
    private Duration offerTimeout = DEFAULT.offerTimeout();
    private Duration scheduledLead = DEFAULT.scheduledLead();
    private Duration maxPositionAge = DEFAULT.maxPositionAge();
    private boolean untakenJobsExpire = DEFAULT.untakenJobsExpire();
    private Duration relayPollInterval = Duration.ofSeconds(1);
    private Duration timerPollInterval = Duration.ofMillis(250);

    DispatchPolicy policy() {
        return new DispatchPolicy(batchSize, radiiKm, offerTimeout, scheduledLead, maxPositionAge, untakenJobsExpire);
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public List<Double> getRadiiKm() {
        return radiiKm;
    }

    public void setRadiiKm(List<Double> radiiKm) {
        this.radiiKm = radiiKm;
    }

    public Duration getOfferTimeout() {
        return offerTimeout;
    }

    public void setOfferTimeout(Duration offerTimeout) {
        this.offerTimeout = offerTimeout;
    }

    public boolean isUntakenJobsExpire() {
        return untakenJobsExpire;
    }

    public void setUntakenJobsExpire(boolean untakenJobsExpire) {
        this.untakenJobsExpire = untakenJobsExpire;
    }

    public Duration getScheduledLead() {
        return scheduledLead;
    }

    public void setScheduledLead(Duration scheduledLead) {
        this.scheduledLead = scheduledLead;
    }

    public Duration getMaxPositionAge() {
        return maxPositionAge;
    }

    public void setMaxPositionAge(Duration maxPositionAge) {
        this.maxPositionAge = maxPositionAge;
    }

    public Duration getRelayPollInterval() {
        return relayPollInterval;
    }

    public void setRelayPollInterval(Duration relayPollInterval) {
        this.relayPollInterval = relayPollInterval;
    }

    public Duration getTimerPollInterval() {
        return timerPollInterval;
    }

    public void setTimerPollInterval(Duration timerPollInterval) {
        this.timerPollInterval = timerPollInterval;
    }
}
