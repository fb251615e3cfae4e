package dev.callout.application.port;

import dev.callout.domain.dispatch.Candidate;
import dev.callout.domain.dispatch.NearbySearch;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Providers on the map, searched through a spatial index (never a scan of every provider).
 * {@link #near} finds the candidates the domain's {@code Matching} ranks: the nearest providers
 * that {@code Matching.isEligible} accepts, nearest first by where {@code Matching} measures them
 * from (a fresh live position, else the base location), up to {@code limit + }{@link #OVERFETCH}
 * so that ties at the cut can be broken by rating. Every candidate carries the provider's rating
 * as of the search's {@code now}: the average of their revealed reviews as the public summary
 * computes it, null when none is revealed (see {@code Reviews}).
 */
public interface ProviderPresences {

    int OVERFETCH = 16;

    /**
     * The provider's presence; in a transaction it is held until the transaction ends, so a change
     * made from it (a new position, availability, the job they work on) never overwrites one made
     * meanwhile.
     */
    Optional<ProviderPresence> byProvider(UserId providerId);

    /** Inserts or replaces the provider's presence. */
    void save(ProviderPresence presence);

    /**
     * Each provider reported at most once, moved as {@link ProviderPresence#at} does (one never seen before is
     * offline there), unless their stored position is later than the report; other changes made meanwhile stay.
     * Adapters write them together; this default, one at a time.
     */
    default void moveAll(Collection<PositionReport> reports) {
        for (PositionReport report : reports) {
            ProviderPresence presence = byProvider(report.providerId())
                    .orElseGet(() -> ProviderPresence.unknown(report.providerId(), report.at()));
            if (presence.positionAt() == null || !presence.positionAt().isAfter(report.at())) {
                save(presence.at(report.point(), report.at()));
            }
        }
    }

    List<Candidate> near(NearbySearch search);

    /**
     * The given providers as the matcher sees them, with their ratings as of {@code now}, in no
     * particular order; those who never reported a presence are left out. For a handful of chosen
     * providers (a customer's favourites): {@code Matching} decides who is eligible.
     */
    List<Candidate> candidates(Collection<UserId> providerIds, Instant now);

    /** Where a provider said they were, and when. */
    record PositionReport(UserId providerId, GeoPoint point, Instant at) {
    }
}
