package dev.callout.application.embedding;

import dev.callout.application.inmemory.InMemoryJobChannels;
import dev.callout.application.port.JobChannels;
import dev.callout.application.port.NearbyJobs;
import java.util.Objects;

/** The ports of a {@link CalloutCore}'s {@link Presence} use cases, in memory until swapped. */
public final class PresencePorts {

    NearbyJobs nearbyJobs;
    JobChannels jobChannels = new InMemoryJobChannels();
    int replayLimit = 100;

    PresencePorts() {
    }

    /** Default: in memory, over the core's jobs. */
    public PresencePorts nearbyJobs(NearbyJobs nearbyJobs) {
        this.nearbyJobs = Objects.requireNonNull(nearbyJobs);
        return this;
    }

    /** Who is on each job's live channel. */
    public PresencePorts jobChannels(JobChannels jobChannels) {
        this.jobChannels = Objects.requireNonNull(jobChannels);
        return this;
    }

    /** At most how many missed events a reconnecting party is sent; default 100. */
    public PresencePorts replayLimit(int replayLimit) {
        this.replayLimit = replayLimit;
        return this;
    }
}
