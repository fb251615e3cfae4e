package dev.callout.domain.dispatch;

import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Who may be offered a job and in what order. Eligible: an approved (active) account serving
 * the category, online with a fresh position, within the radius, not excluded. Ranked nearest
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
        return couldTake(candidate, search.category(), search.excluded(), search.now(), search.maxPositionAge())
                && candidate.presence().position().distanceKm(search.center()) <= search.radiusKm();
    }

    /** Eligible as for a nearby search, wherever they are. */
    public static boolean isEligible(Candidate candidate, FavoritesSearch search) {
        return couldTake(candidate, search.category(), search.excluded(), search.now(), search.maxPositionAge());
    }

    /** The best {@code search.limit()} eligible candidates, best first. */
    public static List<Match> rank(Collection<Candidate> candidates, NearbySearch search) {
        return candidates.stream()
                .filter(candidate -> isEligible(candidate, search))
                .map(candidate -> new Match(candidate, candidate.presence().position().distanceKm(search.center())))
                .sorted(RANKING)
                .limit(search.limit())
                .toList();
    }

    /** Every eligible favourite, best first: a customer keeps a handful, and each of them is wanted. */
    public static List<Match> rank(Collection<Candidate> favorites, FavoritesSearch search) {
        return favorites.stream()
                .filter(candidate -> isEligible(candidate, search))
                .map(candidate -> new Match(candidate, candidate.presence().position().distanceKm(search.center())))
                .sorted(RANKING)
                .toList();
    }

    /** Approved, serving the category, not excluded, online and not busy with a fresh position. */
    private static boolean couldTake(Candidate candidate, String category, Set<UserId> excluded, Instant now,
                                     Duration maxPositionAge) {
        ProviderPresence presence = candidate.presence();
        return candidate.status() == AccountStatus.ACTIVE
                && candidate.categories().contains(category)
                && !excluded.contains(presence.providerId())
                && presence.isDispatchable(now, maxPositionAge);
    }
}
