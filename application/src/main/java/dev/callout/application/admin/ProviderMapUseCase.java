package dev.callout.application.admin;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.MatchPosition;
import dev.callout.domain.job.Job;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import java.time.Instant;
import java.util.Optional;

/** The operators' map: every approved provider, where they count as being now and whether they are online. */
public interface ProviderMapUseCase {

    /** Empty when the caller is not an admin. Active providers, oldest account first. */
    Optional<Page<ProviderOnMap>> list(Actor caller, PageRequest page);

    /** The provider holding the job, where they are now; empty before anyone took it. For its parties (they read the job). */
    Optional<ProviderOnMap> assigned(Job job);

    /**
     * A provider and their presence: {@code position} is the fresh live position, else the base location,
     * null with neither; {@code positionAt} is when the live position was reported (null for a base location).
     */
    record ProviderOnMap(User provider, Availability availability, MatchPosition position, Instant positionAt) {
    }
}
