package dev.callout.domain.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.Place;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MatchingTest {

    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    static final GeoPoint MAKATI = new GeoPoint(14.5547, 121.0244);
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    static Candidate provider(String id, double northKm, Double rating) {
        GeoPoint at = new GeoPoint(MAKATI.lat() + northKm / 111.195, MAKATI.lng());
        ProviderPresence presence = ProviderPresence.unknown(new UserId(id), NOW)
                .choosing(Availability.ONLINE, NOW).at(at, NOW.minusSeconds(10));
        return new Candidate(presence, "Provider " + id, AccountStatus.ACTIVE, Set.of("plumber"), rating);
    }

    static NearbySearch search(double radiusKm, int limit, Set<UserId> excluded) {
        return new NearbySearch(MAKATI, "plumber", radiusKm, limit, excluded, NOW, MAX_AGE);
    }

    @Test
    void nearestFirstAndTheBetterRatingBreaksATie() {
        Candidate far = provider("usr_far", 4.0, 5.0);
        Candidate near = provider("usr_near", 1.0, null);
        Candidate tieLow = provider("usr_tie_low", 2.00, 3.9);
        Candidate tieHigh = provider("usr_tie_high", 2.03, 4.8);

        List<Match> ranked = Matching.rank(List.of(far, near, tieLow, tieHigh), search(10, 10, Set.of()));

        assertThat(ranked).extracting(match -> match.candidate().presence().providerId().value())
                .containsExactly("usr_near", "usr_tie_high", "usr_tie_low", "usr_far");
        assertThat(ranked.getFirst().distanceKm()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void onlyApprovedOnlineProvidersOfTheCategoryWithAFreshPositionInsideTheRadiusAreEligible() {
        Candidate ok = provider("usr_ok", 1, null);
        ProviderPresence okPresence = ok.presence();
        NearbySearch search = search(5, 10, Set.of(new UserId("usr_excluded")));

        assertThat(Matching.isEligible(ok, search)).isTrue();
        assertThat(Matching.isEligible(provider("usr_outside", 5.5, null), search)).as("outside the radius").isFalse();
        assertThat(Matching.isEligible(provider("usr_excluded", 1, null), search)).as("excluded").isFalse();
        assertThat(Matching.isEligible(new Candidate(okPresence, "x", AccountStatus.PENDING_APPROVAL, Set.of("plumber"), null),
                search)).as("not approved").isFalse();
        assertThat(Matching.isEligible(new Candidate(okPresence, "x", AccountStatus.SUSPENDED, Set.of("plumber"), null),
                search)).as("suspended").isFalse();
        assertThat(Matching.isEligible(new Candidate(okPresence, "x", AccountStatus.ACTIVE, Set.of("towing"), null),
                search)).as("other category").isFalse();
        assertThat(Matching.isEligible(new Candidate(okPresence.choosing(Availability.OFFLINE, NOW), "x",
                AccountStatus.ACTIVE, Set.of("plumber"), null), search)).as("offline").isFalse();
        assertThat(Matching.isEligible(new Candidate(okPresence.choosing(Availability.BUSY, NOW), "x",
                AccountStatus.ACTIVE, Set.of("plumber"), null), search)).as("busy").isFalse();
        assertThat(Matching.isEligible(new Candidate(okPresence.working(new JobId("job_x"), NOW), "x",
                AccountStatus.ACTIVE, Set.of("plumber"), null), search)).as("on an active job").isFalse();
        ProviderPresence stale = okPresence.at(okPresence.position(), NOW.minus(MAX_AGE).minusSeconds(1));
        assertThat(Matching.isEligible(new Candidate(stale, "x", AccountStatus.ACTIVE, Set.of("plumber"), null), search))
                .as("position too old counts as offline").isFalse();
        ProviderPresence nowhere = ProviderPresence.unknown(new UserId("usr_nowhere"), NOW).choosing(Availability.ONLINE, NOW);
        assertThat(Matching.isEligible(new Candidate(nowhere, "x", AccountStatus.ACTIVE, Set.of("plumber"), null), search))
                .as("never sent a position").isFalse();
    }

    @Test
    void aBaseLocationCountsWhileOnlineWhenNoFreshLivePositionExists() {
        NearbySearch search = search(5, 10, Set.of());
        Place home = new Place(new GeoPoint(MAKATI.lat() + 2 / 111.195, MAKATI.lng()), "Poblacion, Makati");
        ProviderPresence helper = ProviderPresence.unknown(new UserId("usr_helper"), NOW).choosing(Availability.ONLINE, NOW)
                .basedAt(home, NOW);
        Candidate atHome = new Candidate(helper, "x", AccountStatus.ACTIVE, Set.of("plumber"), null);

        assertThat(Matching.matchOf(atHome, search)).hasValueSatisfying(match -> {
            assertThat(match.position()).isEqualTo(new MatchPosition(home.point(), MatchPosition.Source.BASE));
            assertThat(match.distanceKm()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        });
        GeoPoint farAway = new GeoPoint(MAKATI.lat() + 20 / 111.195, MAKATI.lng());
        Candidate awayLive = new Candidate(helper.at(farAway, NOW.minusSeconds(10)), "x", AccountStatus.ACTIVE,
                Set.of("plumber"), null);
        assertThat(Matching.isEligible(awayLive, search)).as("a fresh live position elsewhere wins over the base").isFalse();
        Candidate awayStale = new Candidate(helper.at(farAway, NOW.minus(MAX_AGE).minusSeconds(1)), "x",
                AccountStatus.ACTIVE, Set.of("plumber"), null);
        assertThat(Matching.matchOf(awayStale, search)).as("once stale, the base counts again")
                .hasValueSatisfying(match -> assertThat(match.position().source()).isEqualTo(MatchPosition.Source.BASE));
        assertThat(Matching.isEligible(new Candidate(helper.working(new JobId("job_x"), NOW), "x", AccountStatus.ACTIVE,
                Set.of("plumber"), null), search)).as("on a job: busy, as with a live position").isFalse();
        assertThat(Matching.isEligible(new Candidate(helper.choosing(Availability.OFFLINE, NOW), "x", AccountStatus.ACTIVE,
                Set.of("plumber"), null), search)).as("offline").isFalse();
        assertThat(Matching.isEligible(new Candidate(helper.basedAt(new Place(farAway, null), NOW), "x",
                AccountStatus.ACTIVE, Set.of("plumber"), null), search)).as("a base outside the radius").isFalse();
    }

    @Property(tries = 300)
    void rankingIsSortedEligibleAndLimited(@ForAll @Size(max = 40) List<@DoubleRange(min = 0, max = 20) Double> distances,
                                           @ForAll @IntRange(min = 1, max = 10) int limit) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < distances.size(); i++) {
            candidates.add(provider("usr_p" + i, distances.get(i), i % 3 == 0 ? null : (double) (i % 5)));
        }
        NearbySearch search = search(10, limit, Set.of());

        List<Match> ranked = Matching.rank(candidates, search);

        long eligible = candidates.stream().filter(candidate -> Matching.isEligible(candidate, search)).count();
        assertThat(ranked).hasSize((int) Math.min(limit, eligible));
        assertThat(ranked).allSatisfy(match -> assertThat(match.distanceKm()).isLessThanOrEqualTo(10));
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(Math.floor(ranked.get(i).distanceKm() / Matching.TIE_KM))
                    .isGreaterThanOrEqualTo(Math.floor(ranked.get(i - 1).distanceKm() / Matching.TIE_KM));
        }
        double worstTaken = ranked.isEmpty() ? -1 : ranked.getLast().distanceKm();
        candidates.stream().filter(candidate -> Matching.isEligible(candidate, search))
                .filter(candidate -> ranked.stream().noneMatch(match -> match.candidate() == candidate))
                .forEach(left -> assertThat(Math.floor(Matching.matchOf(left, search).orElseThrow().distanceKm() / Matching.TIE_KM))
                        .as("nobody left out is in a nearer bucket").isGreaterThanOrEqualTo(Math.floor(worstTaken / Matching.TIE_KM)));
    }

    @Test
    void favouritesAreMatchedByTheSameRulesWhateverTheDistance() {
        FavoritesSearch search = new FavoritesSearch(MAKATI, "plumber", Set.of(new UserId("usr_excluded")), NOW, MAX_AGE);
        Candidate farAway = provider("usr_far_away", 400, null);
        Candidate near = provider("usr_near", 2, 3.0);
        Candidate tieBetterRated = provider("usr_tie", 2.02, 4.5);
        Candidate busy = new Candidate(provider("usr_busy", 1, null).presence().working(new JobId("job_x"), NOW), "x",
                AccountStatus.ACTIVE, Set.of("plumber"), null);
        Candidate offline = new Candidate(provider("usr_offline", 1, null).presence().choosing(Availability.OFFLINE, NOW),
                "x", AccountStatus.ACTIVE, Set.of("plumber"), null);
        ProviderPresence stalePresence = provider("usr_stale", 1, null).presence();
        Candidate stale = new Candidate(stalePresence.at(stalePresence.position(), NOW.minus(MAX_AGE).minusSeconds(1)),
                "x", AccountStatus.ACTIVE, Set.of("plumber"), null);
        Candidate pending = new Candidate(provider("usr_pending", 1, null).presence(), "x",
                AccountStatus.PENDING_APPROVAL, Set.of("plumber"), null);
        Candidate otherTrade = new Candidate(provider("usr_towing", 1, null).presence(), "x", AccountStatus.ACTIVE,
                Set.of("towing"), null);

        List<Match> ranked = Matching.rank(List.of(farAway, near, tieBetterRated, busy, offline, stale, pending,
                otherTrade, provider("usr_excluded", 1, null)), search);

        assertThat(ranked).extracting(match -> match.candidate().presence().providerId().value())
                .as("every eligible favourite, nearest first, the better rating winning a tie; 400 km is no obstacle")
                .containsExactly("usr_tie", "usr_near", "usr_far_away");
        assertThat(Matching.isEligible(farAway, search(100, 10, Set.of()))).as("a nearby search would not reach them")
                .isFalse();
    }

    @Test
    void etaStretchesTheStraightLineAtTheCategorySpeed() {
        SpeedModel model = new SpeedModel(20, java.util.Map.of("towing", 15.0), 1.5);
        assertThat(model.eta(10, "plumber")).isEqualTo(Duration.ofMinutes(45));
        assertThat(model.eta(10, "towing")).isEqualTo(Duration.ofMinutes(60));
        assertThat(model.eta(0, "towing")).isEqualTo(Duration.ZERO);
    }
}
