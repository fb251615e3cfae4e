package dev.callout.domain.dispatch;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.Place;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider on the map: the availability they chose, their last reported position and when,
 * the job they are working on, if any, and the base location they set, if any (where they work
 * from when they send no live position). Position and its time are both set or both null.
 */
public record ProviderPresence(UserId providerId, Availability chosen, GeoPoint position, Instant positionAt,
                               JobId activeJob, Instant updatedAt, Place base) {

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
        return new ProviderPresence(providerId, Availability.OFFLINE, null, null, null, now, null);
    }

    /** Busy while on an active job, else what they chose. */
    public Availability availability() {
        return activeJob != null ? Availability.BUSY : chosen;
    }

    /** Whether the live position is no older than {@code maxAge} at {@code now}. */
    public boolean hasFreshPosition(Instant now, Duration maxAge) {
        return positionAt != null && !positionAt.isBefore(now.minus(maxAge));
    }

    /**
     * Where they count as being at {@code now}: the live position while it is fresh (it always wins),
     * else the base location; empty with neither.
     */
    public Optional<MatchPosition> whereabouts(Instant now, Duration maxAge) {
        if (hasFreshPosition(now, maxAge)) {
            return Optional.of(new MatchPosition(position, MatchPosition.Source.LIVE));
        }
        return Optional.ofNullable(base).map(place -> new MatchPosition(place.point(), MatchPosition.Source.BASE));
    }

    public ProviderPresence choosing(Availability availability, Instant now) {
        return new ProviderPresence(providerId, availability, position, positionAt, activeJob, now, base);
    }

    public ProviderPresence at(GeoPoint point, Instant now) {
        return new ProviderPresence(providerId, chosen, Objects.requireNonNull(point), now, activeJob, now, base);
    }

    public ProviderPresence working(JobId job, Instant now) {
        return new ProviderPresence(providerId, chosen, position, positionAt, Objects.requireNonNull(job), now, base);
    }

    /** Done with {@code job}; a later job they took meanwhile stays. */
    public ProviderPresence doneWith(JobId job, Instant now) {
        return job.equals(activeJob) ? new ProviderPresence(providerId, chosen, position, positionAt, null, now, base) : this;
    }

    /** Works from {@code place} when no live position is fresh; null: no base location any more. */
    public ProviderPresence basedAt(Place place, Instant now) {
        return new ProviderPresence(providerId, chosen, position, positionAt, activeJob, now, place);
    }
}
