package dev.callout.domain.dispatch;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A provider on the map: the availability they chose, their last reported position and when,
 * and the job they are working on, if any. Position and its time are both set or both null.
 */
public record ProviderPresence(UserId providerId, Availability chosen, GeoPoint position, Instant positionAt,
                               JobId activeJob, Instant updatedAt) {

    public ProviderPresence {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if ((position == null) != (positionAt == null)) {
            throw new IllegalArgumentException("a position needs its time and only a position has one");
        }
    }

    /** A provider who never said anything: offline, nowhere. */
    public static ProviderPresence unknown(UserId providerId, Instant now) {
        return new ProviderPresence(providerId, Availability.OFFLINE, null, null, null, now);
    }

    /** Busy while on an active job, else what they chose. */
    public Availability availability() {
        return activeJob != null ? Availability.BUSY : chosen;
    }

    /** Offers go only to online providers whose position is no older than {@code maxAge}. */
    public boolean isDispatchable(Instant now, Duration maxAge) {
        return availability() == Availability.ONLINE && positionAt != null && !positionAt.isBefore(now.minus(maxAge));
    }

    public ProviderPresence choosing(Availability availability, Instant now) {
        return new ProviderPresence(providerId, availability, position, positionAt, activeJob, now);
    }

    public ProviderPresence at(GeoPoint point, Instant now) {
        return new ProviderPresence(providerId, chosen, Objects.requireNonNull(point), now, activeJob, now);
    }

    public ProviderPresence working(JobId job, Instant now) {
        return new ProviderPresence(providerId, chosen, position, positionAt, Objects.requireNonNull(job), now);
    }

    /** Done with {@code job}; a later job they took meanwhile stays. */
    public ProviderPresence doneWith(JobId job, Instant now) {
        return job.equals(activeJob) ? new ProviderPresence(providerId, chosen, position, positionAt, null, now) : this;
    }
}
