package dev.callout.application.inmemory;

import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.Users;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.Candidate;
import dev.callout.domain.dispatch.Match;
import dev.callout.domain.dispatch.Matching;
import dev.callout.domain.dispatch.NearbySearch;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.review.RatingSummary;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Presences in a grid of {@link #CELL_DEGREES} cells per category, holding only providers who
 * could be matched (online, not on a job, with a position or a base location), in the cell of each
 * of the two. A search walks rings of cells outward from the centre and stops once the ring is
 * farther than the radius, or than the last of the candidates it needs; it never looks at
 * providers far away. A provider counts in the cell of where {@link Matching} measures them from
 * (their live position while fresh, else their base), so nobody is found twice. Accounts are read
 * at each search, so a suspension counts at once; a provider's categories are indexed when their
 * presence is saved (every position update). Ratings are read from the reviews for the candidates
 * a search returns, as of the search's time, so a review revealed by the clock alone counts at once.
 */
public final class InMemoryProviderPresences implements ProviderPresences {

    /** About 1.1 km north to south. */
    static final double CELL_DEGREES = 0.01;
    private static final int COLUMNS = (int) Math.round(360 / CELL_DEGREES);
    private static final double KM_PER_DEGREE = GeoPoint.EARTH_RADIUS_KM * Math.PI / 180;

    private final Function<UserId, Optional<User>> accounts;
    private final BiFunction<UserId, Instant, Double> ratings;
    private final Map<UserId, ProviderPresence> presences = new HashMap<>();
    private final Map<String, Map<Long, Set<UserId>>> gridByCategory = new HashMap<>();
    /** Where each indexed provider is in the grid: the categories and the cells of their position and base. */
    private final Map<UserId, Indexed> indexed = new HashMap<>();

    private record Indexed(Set<String> categories, Set<Long> cells) {
    }

    public InMemoryProviderPresences(Users users, Reviews reviews) {
        this(users::byId, (provider, now) -> rating(reviews.summaryAbout(provider, now)));
    }

    /** With any account and rating lookup, e.g. plain maps in a benchmark. */
    public InMemoryProviderPresences(Function<UserId, Optional<User>> accounts,
                                     BiFunction<UserId, Instant, Double> ratings) {
        this.accounts = accounts;
        this.ratings = ratings;
    }

    /** The summary's average, null when no review is revealed. */
    private static Double rating(RatingSummary summary) {
        return summary.count() == 0 ? null : summary.average().doubleValue();
    }

    @Override
    public synchronized Optional<ProviderPresence> byProvider(UserId providerId) {
        return Optional.ofNullable(presences.get(providerId));
    }

    @Override
    public synchronized void save(ProviderPresence presence) {
        presences.put(presence.providerId(), presence);
        Indexed previous = indexed.remove(presence.providerId());
        if (previous != null) {
            for (String category : previous.categories()) {
                Map<Long, Set<UserId>> cells = gridByCategory.get(category);
                for (long key : previous.cells()) {
                    Set<UserId> cell = cells.get(key);
                    cell.remove(presence.providerId());
                    if (cell.isEmpty()) {
                        cells.remove(key);
                    }
                }
            }
        }
        Set<Long> cells = new HashSet<>();
        if (presence.position() != null) {
            cells.add(cellOf(presence.position()));
        }
        if (presence.base() != null) {
            cells.add(cellOf(presence.base().point()));
        }
        if (cells.isEmpty() || presence.availability() != Availability.ONLINE) {
            return;
        }
        accounts.apply(presence.providerId()).ifPresent(user -> {
            indexed.put(presence.providerId(), new Indexed(user.categories(), cells));
            for (String category : user.categories()) {
                Map<Long, Set<UserId>> grid = gridByCategory.computeIfAbsent(category, code -> new HashMap<>());
                cells.forEach(key -> grid.computeIfAbsent(key, k -> new HashSet<>()).add(presence.providerId()));
            }
        });
    }

    @Override
    public synchronized List<Candidate> near(NearbySearch search) {
        int wanted = search.limit() + OVERFETCH;
        GeoPoint center = search.center();
        int row = row(center.lat());
        int column = column(center.lng());
        // a ring k cells out is at least (k - 1) cells away; east-west cells shrink towards the poles
        double latitudeLimit = Math.min(89.9, Math.abs(center.lat()) + search.radiusKm() / KM_PER_DEGREE + CELL_DEGREES);
        double cellKm = CELL_DEGREES * KM_PER_DEGREE * Math.cos(Math.toRadians(latitudeLimit));
        Map<Long, Set<UserId>> cells = gridByCategory.getOrDefault(search.category(), Map.of());
        List<Match> found = new ArrayList<>();
        Comparator<Match> byDistance = Comparator.comparingDouble(Match::distanceKm);
        for (int ring = 0; ; ring++) {
            double ringMinKm = Math.max(0, ring - 1) * cellKm;
            if (ringMinKm > search.radiusKm() || ring > COLUMNS / 2) {
                break;
            }
            if (found.size() >= wanted) {
                found.sort(byDistance);
                if (found.get(wanted - 1).distanceKm() < ringMinKm) {
                    break;
                }
            }
            for (int r = row - ring; r <= row + ring; r++) {
                for (int c = column - ring; c <= column + ring; c++) {
                    if (Math.max(Math.abs(r - row), Math.abs(c - column)) == ring) {
                        long key = key(r, Math.floorMod(c, COLUMNS));
                        collect(key, cells.getOrDefault(key, Set.of()), search, found);
                    }
                }
            }
        }
        found.sort(byDistance);
        return found.stream().limit(wanted).map(match -> rated(match.candidate(), search.now())).toList();
    }

    @Override
    public synchronized List<Candidate> candidates(Collection<UserId> providerIds, Instant now) {
        List<Candidate> found = new ArrayList<>();
        for (UserId id : Set.copyOf(providerIds)) {
            ProviderPresence presence = presences.get(id);
            if (presence != null) {
                accounts.apply(id).ifPresent(user -> found.add(rated(new Candidate(presence, user.name(), user.status(),
                        user.categories(), null), now)));
            }
        }
        return List.copyOf(found);
    }

    private Candidate rated(Candidate candidate, Instant now) {
        return new Candidate(candidate.presence(), candidate.name(), candidate.status(), candidate.categories(),
                ratings.apply(candidate.presence().providerId(), now));
    }

    /** The eligible providers of the cell {@code key} who count as being in it. */
    private void collect(long key, Set<UserId> cell, NearbySearch search, List<Match> found) {
        for (UserId id : cell) {
            ProviderPresence presence = presences.get(id);
            accounts.apply(id).flatMap(user -> Matching.matchOf(new Candidate(presence, user.name(), user.status(),
                            user.categories(), null), search))
                    .filter(match -> cellOf(match.position().point()) == key)
                    .ifPresent(found::add);
        }
    }

    private static long cellOf(GeoPoint point) {
        return key(row(point.lat()), column(point.lng()));
    }

    private static int row(double lat) {
        return (int) Math.floor(lat / CELL_DEGREES);
    }

    /** Longitude 180 is -180: the same column. */
    private static int column(double lng) {
        return Math.floorMod((int) Math.floor((lng + 180) / CELL_DEGREES), COLUMNS);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xFFFFFFFFL);
    }
}
