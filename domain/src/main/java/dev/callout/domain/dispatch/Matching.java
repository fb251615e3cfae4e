package dev.callout.domain.dispatch;

import dev.callout.domain.user.AccountStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Who may be offered a job and in what order. Eligible: an approved (active) account serving
 * the category, online with a fresh position, within the radius, not excluded. Ranked nearest
 * first; distances within {@link #TIE_KM} count as equal and the better rating wins, then the
 * id, so the order is total and the same in every index.
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
        ProviderPresence presence = candidate.presence();
        return candidate.status() == AccountStatus.ACTIVE
                && candidate.categories().contains(search.category())
                && !search.excluded().contains(presence.providerId())
                && presence.isDispatchable(search.now(), search.maxPositionAge())
                && presence.position().distanceKm(search.center()) <= search.radiusKm();
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
}
