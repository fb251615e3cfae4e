package dev.callout.domain.dispatch;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may be offered a job and in what order. Eligible: an approved (active) account serving
 * the category, online (not on a job) with a fresh position or else a base location, within the
 * radius of the one that counts (a fresh live position always wins), not excluded. Ranked nearest
 * first; distances within {@link #TIE_KM} count as equal and the better rating wins, then the
 * id, so the order is total and the same in every index. A customer's favourites are matched by
 * the same rules and ranking, without the radius.
 */
public final class Matching {

    /** Distances closer than this are a tie (GPS noise is larger). */
    public static final double TIE_KM = 0.1;

    private static final Comparator<Match> RANKING = Comparator
            .comparingLong((Match match) -> (long) Math.floor(match.distanceKm() / TIE_KM))
            .thenComparing(match -> match.candidate().rating(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(match -> match.candidate().presence().providerId().value());

    private Matching() {
    }

    public static boolean isEligible(Candidate candidate, NearbySearch search) {
        return matchOf(candidate, search).isPresent();
    }

    /** Eligible as for a nearby search, wherever they are. */
    public static boolean isEligible(Candidate candidate, FavoritesSearch search) {
        return matchOf(candidate, search).isPresent();
    }

    /** The candidate as a match of the search, if eligible: measured from where they count as being. */
    public static Optional<Match> matchOf(Candidate candidate, NearbySearch search) {
        return matchOf(candidate, search.center(), search.category(), search.excluded(), search.now(),
                search.maxPositionAge()).filter(match -> match.distanceKm() <= search.radiusKm());
    }

    public static Optional<Match> matchOf(Candidate candidate, FavoritesSearch search) {
        return matchOf(candidate, search.center(), search.category(), search.excluded(), search.now(),
                search.maxPositionAge());
    }

    /** The best {@code search.limit()} eligible candidates, best first. */
    public static List<Match> rank(Collection<Candidate> candidates, NearbySearch search) {
        return candidates.stream()
                .flatMap(candidate -> matchOf(candidate, search).stream())
                .sorted(RANKING)
                .limit(search.limit())
                .toList();
    }

    /** Every eligible favourite, best first: a customer keeps a handful, and each of them is wanted. */
    public static List<Match> rank(Collection<Candidate> favorites, FavoritesSearch search) {
        return favorites.stream()
                .flatMap(candidate -> matchOf(candidate, search).stream())
                .sorted(RANKING)
                .toList();
    }

    /**
     * Approved, serving the category, not excluded, online and not busy, with a fresh position or a
     * base location: a match measured from that position (the live one while fresh, else the base).
     */
    private static Optional<Match> matchOf(Candidate candidate, GeoPoint center, String category, Set<UserId> excluded,
                                           Instant now, Duration maxPositionAge) {
        ProviderPresence presence = candidate.presence();
        if (candidate.status() != AccountStatus.ACTIVE
                || !candidate.categories().contains(category)
                || excluded.contains(presence.providerId())
                || presence.availability() != Availability.ONLINE) {
            return Optional.empty();
        }
        return presence.whereabouts(now, maxPositionAge)
                .map(position -> new Match(candidate, position, position.point().distanceKm(center)));
    }
}
