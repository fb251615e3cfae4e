package dev.callout.rest.realtime;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** The realtime socket's limits (callout.realtime.*). */
@ConfigurationProperties("callout.realtime")
public class RealtimeSettings {

    private Duration heartbeat = Duration.ofSeconds(15);
    private int maxSocketsPerUser = 5;
    private int maxFramesPerSecond = 20;
    private int replayLimit = 100;
    private Duration positionFlushInterval = Duration.ofMillis(50);

    /** How often every socket is pinged; two silent intervals close it. */
    public Duration getHeartbeat() {
        return heartbeat;
    }

    public void setHeartbeat(Duration heartbeat) {
        this.heartbeat = heartbeat;
    }

    /** Sockets one user may hold open at once, on all nodes together. */
    public int getMaxSocketsPerUser() {
        return maxSocketsPerUser;
    }

    public void setMaxSocketsPerUser(int maxSocketsPerUser) {
        this.maxSocketsPerUser = maxSocketsPerUser;
    }

    /** Frames a client may send per second on one socket (as a burst, refilled at that rate). */
    public int getMaxFramesPerSecond() {
        return maxFramesPerSecond;
    }

    public void setMaxFramesPerSecond(int maxFramesPerSecond) {
        this.maxFramesPerSecond = maxFramesPerSecond;
    }

    /** Events one job.subscribe replays at most. */
    public int getReplayLimit() {
        return replayLimit;
    }

    public void setReplayLimit(int replayLimit) {
        this.replayLimit = replayLimit;
    }

    /** How long a position a socket reports may wait to be written with the others reported meanwhile. */
    public Duration getPositionFlushInterval() {
        return positionFlushInterval;
    }

    public void setPositionFlushInterval(Duration positionFlushInterval) {
        this.positionFlushInterval = positionFlushInterval;
    }
}
