package dev.callout.application.inmemory;

import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Users;
import dev.callout.application.review.Reviews;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.Candidate;
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
 * could be matched (online, not on a job, with a position). A search walks rings of cells
 * outward from the centre and stops once the ring is farther than the radius, or than the last
 * of the candidates it needs; it never looks at providers far away. Accounts are read at each
 * search, so a suspension counts at once; a provider's categories are indexed when their
 * presence is saved (every position update). Ratings are read from the reviews for the
 * candidates a search returns, as of the search's time, so a review revealed by the clock
 * alone counts at once.
 */
public final class InMemoryProviderPresences implements ProviderPresences {

    /** About 1.1 km north to south. */
    static final double CELL_DEGREES = 0.01;
    private static final double KM_PER_DEGREE = GeoPoint.EARTH_RADIUS_KM * Math.PI / 180;

    private final Function<UserId, Optional<User>> accounts;
    private final BiFunction<UserId, Instant, Double> ratings;
    private final Map<UserId, ProviderPresence> presences = new HashMap<>();
    private final Map<String, Map<Long, Set<UserId>>> gridByCategory = new HashMap<>();
    private final Map<UserId, Set<String>> indexedCategories = new HashMap<>();

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
        ProviderPresence previous = presences.put(presence.providerId(), presence);
        Set<String> categories = indexedCategories.remove(presence.providerId());
        if (previous != null && categories != null) {
            for (String category : categories) {
                Map<Long, Set<UserId>> cells = gridByCategory.get(category);
                Set<UserId> cell = cells.get(cellOf(previous.position()));
                cell.remove(presence.providerId());
                if (cell.isEmpty()) {
                    cells.remove(cellOf(previous.position()));
                }
            }
        }
        if (presence.position() != null && presence.availability() == Availability.ONLINE) {
            accounts.apply(presence.providerId()).ifPresent(user -> {
                indexedCategories.put(presence.providerId(), user.categories());
                for (String category : user.categories()) {
                    gridByCategory.computeIfAbsent(category, code -> new HashMap<>())
                            .computeIfAbsent(cellOf(presence.position()), key -> new HashSet<>()).add(presence.providerId());
                }
            });
        }
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
        int columns = (int) Math.round(360 / CELL_DEGREES);
        Map<Long, Set<UserId>> cells = gridByCategory.getOrDefault(search.category(), Map.of());
        List<Candidate> found = new ArrayList<>();
        Comparator<Candidate> byDistance = Comparator.comparingDouble(c -> c.presence().position().distanceKm(center));
        for (int ring = 0; ; ring++) {
            double ringMinKm = Math.max(0, ring - 1) * cellKm;
            if (ringMinKm > search.radiusKm() || ring > columns / 2) {
                break;
            }
            if (found.size() >= wanted) {
                found.sort(byDistance);
                if (found.get(wanted - 1).presence().position().distanceKm(center) < ringMinKm) {
                    break;
                }
            }
            for (int r = row - ring; r <= row + ring; r++) {
                for (int c = column - ring; c <= column + ring; c++) {
                    if (Math.max(Math.abs(r - row), Math.abs(c - column)) == ring) {
                        collect(cells.getOrDefault(key(r, Math.floorMod(c, columns)), Set.of()), search, found);
                    }
                }
            }
        }
        found.sort(byDistance);
        return found.stream().limit(wanted).map(candidate -> rated(candidate, search.now())).toList();
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

    private void collect(Set<UserId> cell, NearbySearch search, List<Candidate> found) {
        for (UserId id : cell) {
            ProviderPresence presence = presences.get(id);
            if (search.excluded().contains(id) || !presence.isDispatchable(search.now(), search.maxPositionAge())) {
                continue;
            }
            Optional<User> user = accounts.apply(id);
            if (user.isEmpty()) {
                continue;
            }
            Candidate candidate = new Candidate(presence, user.get().name(), user.get().status(),
                    user.get().categories(), null);
            if (Matching.isEligible(candidate, search)) {
                found.add(candidate);
            }
        }
    }

    private static long cellOf(GeoPoint point) {
        return key(row(point.lat()), column(point.lng()));
    }

    private static int row(double lat) {
        return (int) Math.floor(lat / CELL_DEGREES);
    }

    private static int column(double lng) {
        return (int) Math.floor((lng + 180) / CELL_DEGREES);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xFFFFFFFFL);
    }
}
