package dev.callout.benchmarks;

import dev.callout.application.contract.ContractFixtures;
import dev.callout.application.inmemory.InMemoryProviderPresences;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.Candidate;
import dev.callout.domain.dispatch.Matching;
import dev.callout.domain.dispatch.NearbySearch;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import dev.callout.domain.user.UserId;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 100,000 providers spread over Metro Manila (0.4° by 0.4°, about 44 by 43 km), six categories,
 * 90% online. Measures a nearby search: the in-memory grid plus the domain's ranking, and the
 * domain's ranking alone over the candidates of a 3 km circle (what it does after any index).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchingBenchmark {

    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    static final List<String> CATEGORIES = List.of("towing", "repair", "plumber", "electrician", "cleaning", "moving_help");

    @Param("100000")
    int providers;

    @Param({"3", "10"})
    double radiusKm;

    InMemoryProviderPresences grid;
    List<Candidate> circle;
    GeoPoint[] centers;
    int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        Map<UserId, User> users = new HashMap<>();
        grid = new InMemoryProviderPresences(id -> Optional.ofNullable(users.get(id)), (id, now) -> null);
        circle = new ArrayList<>();
        GeoPoint makati = new GeoPoint(14.5547, 121.0244);
        for (int i = 0; i < providers; i++) {
            User user = ContractFixtures.provider(Set.of(CATEGORIES.get(i % CATEGORIES.size())));
            users.put(user.id(), user);
            GeoPoint at = new GeoPoint(14.40 + random.nextDouble() * 0.4, 120.90 + random.nextDouble() * 0.4);
            ProviderPresence presence = ProviderPresence.unknown(user.id(), NOW)
                    .choosing(random.nextInt(10) == 0 ? Availability.OFFLINE : Availability.ONLINE, NOW)
                    .at(at, NOW.minusSeconds(random.nextInt(600)));
            grid.save(presence);
            if (at.distanceKm(makati) <= radiusKm) {
                circle.add(new Candidate(presence, user.name(), AccountStatus.ACTIVE, user.categories(), null));
            }
        }
        centers = new GeoPoint[1024];
        for (int i = 0; i < centers.length; i++) {
            centers[i] = new GeoPoint(14.45 + random.nextDouble() * 0.3, 120.95 + random.nextDouble() * 0.3);
        }
    }

    private NearbySearch search(GeoPoint center, int limit) {
        return new NearbySearch(center, "plumber", radiusKm, limit, Set.of(), NOW, Duration.ofMinutes(5));
    }

    /** What GET /providers/nearby does over the in-memory adapter: grid walk, then ranking. */
    @Benchmark
    public Object gridSearchAndRank() {
        NearbySearch search = search(centers[next++ & 1023], 20);
        return Matching.rank(grid.near(search), search);
    }

    /** The domain ranking alone over every provider within the radius of one point. */
    @Benchmark
    public Object rankACircle() {
        return Matching.rank(circle, search(new GeoPoint(14.5547, 121.0244), 20));
    }
}
