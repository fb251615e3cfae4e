package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.MAKATI;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.DispatchRounds;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.ProviderPresences.PositionReport;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.Candidate;
import dev.callout.domain.dispatch.DispatchRound;
import dev.callout.domain.dispatch.MatchPosition;
import dev.callout.domain.dispatch.Matching;
import dev.callout.domain.dispatch.NearbySearch;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.Place;
import dev.callout.domain.review.Review;
import dev.callout.domain.review.ReviewId;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every store behind dispatch promises, whatever keeps the data: presences and their
 * spatial search with each provider's rating from the reviews, and dispatch rounds (timers and
 * the relay's view of the outbox: {@link BackgroundWorkContract}). Each test makes its
 * own users and jobs and searches around its own spot, so a shared database does no harm.
 */
public abstract class DispatchStoresContract {

    protected abstract Users users();

    protected abstract Jobs jobs();

    protected abstract ProviderPresences presences();

    /** Where the ratings candidates carry come from. */
    protected abstract Reviews reviews();

    protected abstract DispatchRounds rounds();

    protected abstract Transactions transactions();

    private static final Instant NOW = ContractFixtures.now();
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** A spot of its own for each test, somewhere in the sea south of Manila, so searches never meet. */
    private static GeoPoint spot() {
        long n = Long.parseLong(ContractFixtures.unique().substring(9)) % 10_000;
        return new GeoPoint(10 + (n % 100) * 0.5, 115 + (n / 100) * 0.5);
    }

    private static GeoPoint north(GeoPoint from, double km) {
        return new GeoPoint(from.lat() + km / 111.195, from.lng());
    }

    private User onlineProviderAt(GeoPoint at, String... categories) {
        User provider = ContractFixtures.provider(Set.of(categories));
        users().add(provider);
        presences().save(ProviderPresence.unknown(provider.id(), NOW).choosing(Availability.ONLINE, NOW).at(at, NOW));
        return provider;
    }

    private UserId customer() {
        User customer = ContractFixtures.customer();
        users().add(customer);
        return customer.id();
    }

    private static List<UserId> ids(List<Candidate> candidates) {
        return candidates.stream().map(candidate -> candidate.presence().providerId()).toList();
    }

    @Test
    void aPresenceReadsBackAsSavedAndASaveReplacesIt() {
        User provider = ContractFixtures.provider(Set.of("towing"));
        users().add(provider);
        assertThat(presences().byProvider(provider.id())).isEmpty();
        ProviderPresence online = ProviderPresence.unknown(provider.id(), NOW).choosing(Availability.ONLINE, NOW);
        presences().save(online);
        assertThat(presences().byProvider(provider.id())).contains(online);

        Job job = ContractFixtures.accepted(customer(), provider.id(), "towing", NOW);
        jobs().add(job);
        ProviderPresence moved = online.at(MAKATI.point(), NOW.plusSeconds(5)).working(job.id(), NOW.plusSeconds(5));
        presences().save(moved);
        assertThat(presences().byProvider(provider.id())).contains(moved);
        assertThat(presences().byProvider(provider.id()).orElseThrow().availability()).isEqualTo(Availability.BUSY);
    }

    @Test
    void aSearchFindsTheEligibleNearestFirstAndNobodyElse() {
        GeoPoint center = spot();
        User near = onlineProviderAt(north(center, 0.5), "plumber");
        User middle = onlineProviderAt(north(center, 2), "plumber", "electrician");
        User far = onlineProviderAt(north(center, 4), "plumber");
        onlineProviderAt(north(center, 6), "plumber");
        onlineProviderAt(north(center, 0.2), "towing");
        User offline = onlineProviderAt(north(center, 0.3), "plumber");
        presences().save(presences().byProvider(offline.id()).orElseThrow().choosing(Availability.OFFLINE, NOW));
        User stale = onlineProviderAt(north(center, 0.4), "plumber");
        presences().save(presences().byProvider(stale.id()).orElseThrow()
                .at(north(center, 0.4), NOW.minus(MAX_AGE).minusSeconds(1)));
        User excluded = onlineProviderAt(north(center, 0.6), "plumber");

        List<Candidate> found = presences().near(new NearbySearch(center, "plumber", 5, 10, Set.of(excluded.id()),
                NOW, MAX_AGE));

        assertThat(ids(found)).containsExactly(near.id(), middle.id(), far.id());
        assertThat(found.getFirst().name()).isEqualTo(near.name());
        assertThat(found.get(1).categories()).containsExactlyInAnyOrder("plumber", "electrician");
        assertThat(found.getFirst().presence()).isEqualTo(presences().byProvider(near.id()).orElseThrow());
    }

    @Test
    void aSearchReturnsTheNearestFewWhenManyAreEligible() {
        GeoPoint center = spot();
        for (int i = 0; i < 40; i++) {
            onlineProviderAt(north(center, 0.1 + i * 0.1), "cleaning");
        }
        List<Candidate> found = presences().near(new NearbySearch(center, "cleaning", 10, 3, Set.of(), NOW, MAX_AGE));

        assertThat(found).hasSizeBetween(3, 3 + ProviderPresences.OVERFETCH);
        double[] distances = found.stream().mapToDouble(c -> c.presence().position().distanceKm(center)).toArray();
        assertThat(distances).isSorted();
        assertThat(distances[0]).isLessThan(0.15);
    }

    private User onlineProviderBasedAt(GeoPoint base, String... categories) {
        User provider = ContractFixtures.provider(Set.of(categories));
        users().add(provider);
        presences().save(ProviderPresence.unknown(provider.id(), NOW).choosing(Availability.ONLINE, NOW)
                .basedAt(new Place(base, "Soi 11, Sukhumvit"), NOW));
        return provider;
    }

    private List<Candidate> near(GeoPoint center, String category, double radiusKm) {
        return presences().near(new NearbySearch(center, category, radiusKm, 10, Set.of(), NOW, MAX_AGE));
    }

    @Test
    void aBaseLocationReadsBackAndIsKeptThroughOtherChanges() {
        User provider = onlineProviderBasedAt(spot(), "cleaning");
        ProviderPresence based = presences().byProvider(provider.id()).orElseThrow();
        assertThat(based.base()).isEqualTo(new Place(based.base().point(), "Soi 11, Sukhumvit"));

        ProviderPresence moved = based.at(north(based.base().point(), 3), NOW.plusSeconds(5)).choosing(Availability.BUSY, NOW);
        presences().save(moved);
        assertThat(presences().byProvider(provider.id())).contains(moved);
        ProviderPresence cleared = moved.basedAt(null, NOW.plusSeconds(6));
        presences().save(cleared);
        assertThat(presences().byProvider(provider.id())).contains(cleared);
    }

    @Test
    void anOnlineProviderWithOnlyABaseLocationIsFoundThereAndMeasuredFromIt() {
        GeoPoint center = spot();
        User live = onlineProviderAt(north(center, 1), "gardening");
        User based = onlineProviderBasedAt(north(center, 2), "gardening");
        onlineProviderBasedAt(north(center, 8), "gardening");
        User offline = onlineProviderBasedAt(north(center, 0.5), "gardening");
        presences().save(presences().byProvider(offline.id()).orElseThrow().choosing(Availability.OFFLINE, NOW));

        List<Candidate> found = near(center, "gardening", 5);

        assertThat(ids(found)).containsExactly(live.id(), based.id());
        assertThat(Matching.matchOf(found.get(1), new NearbySearch(center, "gardening", 5, 10, Set.of(), NOW, MAX_AGE)))
                .hasValueSatisfying(match -> assertThat(match.position().source()).isEqualTo(MatchPosition.Source.BASE));
        assertThat(ids(presences().candidates(List.of(based.id()), NOW))).containsExactly(based.id());
    }

    @Test
    void aFreshLivePositionElsewhereWinsOverTheBaseAndAStaleOneDoesNot() {
        GeoPoint center = spot();
        User travelling = onlineProviderBasedAt(north(center, 1), "laundry");
        User stale = onlineProviderBasedAt(north(center, 1.5), "laundry");
        GeoPoint farAway = north(center, 40);
        presences().save(presences().byProvider(travelling.id()).orElseThrow().at(farAway, NOW.minusSeconds(30)));
        presences().save(presences().byProvider(stale.id()).orElseThrow()
                .at(farAway, NOW.minus(MAX_AGE).minusSeconds(1)));

        assertThat(ids(near(center, "laundry", 5))).as("only the one whose live position is stale counts at home")
                .containsExactly(stale.id());
        assertThat(ids(near(farAway, "laundry", 5))).as("a stale live position counts nowhere")
                .containsExactly(travelling.id());
        Instant later = NOW.plus(MAX_AGE).plusSeconds(1);
        assertThat(ids(presences().near(new NearbySearch(center, "laundry", 5, 10, Set.of(), later, MAX_AGE))))
                .as("once the traveller's position is stale too, both count at home, with nothing written")
                .containsExactly(travelling.id(), stale.id());
    }

    @Test
    void aBaseLocationProviderOnAJobOrWithTheBaseClearedIsNotFound() {
        GeoPoint center = spot();
        User working = onlineProviderBasedAt(north(center, 1), "electrician");
        User cleared = onlineProviderBasedAt(north(center, 2), "electrician");
        Job job = ContractFixtures.accepted(customer(), working.id(), "electrician", NOW);
        jobs().add(job);
        presences().save(presences().byProvider(working.id()).orElseThrow().working(job.id(), NOW));
        presences().save(presences().byProvider(cleared.id()).orElseThrow().basedAt(null, NOW));

        assertThat(near(center, "electrician", 5)).isEmpty();

        presences().save(presences().byProvider(working.id()).orElseThrow().doneWith(job.id(), NOW));
        assertThat(ids(near(center, "electrician", 5))).as("back online when the job ends").containsExactly(working.id());
    }

    @Test
    void movingManyAtOnceMovesEachAsAloneAndKeepsALaterPositionAndEveryOtherChange() {
        GeoPoint center = spot();
        Instant reportedAt = NOW.plusSeconds(10);
        User based = onlineProviderBasedAt(north(center, 30), "repair");
        User working = onlineProviderAt(north(center, 20), "repair");
        Job job = ContractFixtures.accepted(customer(), working.id(), "repair", NOW);
        jobs().add(job);
        presences().save(presences().byProvider(working.id()).orElseThrow().working(job.id(), NOW));
        User ahead = onlineProviderAt(north(center, 25), "repair");
        presences().save(presences().byProvider(ahead.id()).orElseThrow().at(north(center, 25), reportedAt.plusSeconds(1)));
        User unknown = ContractFixtures.provider(Set.of("repair"));
        users().add(unknown);
        Map<UserId, ProviderPresence> before = Map.of(based.id(), presences().byProvider(based.id()).orElseThrow(),
                working.id(), presences().byProvider(working.id()).orElseThrow(),
                ahead.id(), presences().byProvider(ahead.id()).orElseThrow());

        transactions().inTransaction(() -> {
            presences().moveAll(List.of(new PositionReport(based.id(), north(center, 1), reportedAt),
                    new PositionReport(working.id(), north(center, 2), reportedAt),
                    new PositionReport(ahead.id(), north(center, 3), reportedAt),
                    new PositionReport(unknown.id(), north(center, 0.5), reportedAt)));
            return null;
        });

        assertThat(presences().byProvider(based.id())).contains(before.get(based.id()).at(north(center, 1), reportedAt));
        assertThat(presences().byProvider(working.id())).contains(before.get(working.id()).at(north(center, 2), reportedAt));
        assertThat(presences().byProvider(ahead.id())).as("a later stored position stays").contains(before.get(ahead.id()));
        assertThat(presences().byProvider(unknown.id()))
                .contains(ProviderPresence.unknown(unknown.id(), reportedAt).at(north(center, 0.5), reportedAt));
        assertThat(ids(presences().near(new NearbySearch(center, "repair", 5, 10, Set.of(), reportedAt, MAX_AGE))))
                .as("found at the new position; the busy, the one ahead and the offline one are not")
                .containsExactly(based.id());
        assertThat(ids(near(north(center, 30), "repair", 5))).as("nor at the base, once a fresh live position counts").isEmpty();
    }

    @Test
    void aProviderOnAJobIsNotFound() {
        GeoPoint center = spot();
        User provider = onlineProviderAt(north(center, 1), "repair");
        Job job = ContractFixtures.accepted(customer(), provider.id(), "repair", NOW);
        jobs().add(job);
        presences().save(presences().byProvider(provider.id()).orElseThrow().working(job.id(), NOW));

        assertThat(presences().near(new NearbySearch(center, "repair", 5, 5, Set.of(), NOW, MAX_AGE))).isEmpty();
    }

    /** A completed job of a new customer with {@code provider}, the customer's review of it, and the provider's if asked. */
    private void reviewed(UserId provider, int stars, Instant windowClosesAt, boolean answered) {
        UserId customer = customer();
        Job job = ContractFixtures.completed(customer, provider, "plumber", NOW.minusSeconds(7_200));
        jobs().add(job);
        reviews().add(new Review(new ReviewId("rev_" + ContractFixtures.unique()), job.id(), customer, provider, stars,
                null, NOW.minusSeconds(3_000), NOW.minusSeconds(3_000)), windowClosesAt);
        if (answered) {
            reviews().add(new Review(new ReviewId("rev_" + ContractFixtures.unique()), job.id(), provider, customer, 5,
                    null, NOW.minusSeconds(2_000), NOW.minusSeconds(2_000)), windowClosesAt);
        }
    }

    private static Map<UserId, Double> ratings(List<Candidate> candidates) {
        return candidates.stream().filter(candidate -> candidate.rating() != null)
                .collect(Collectors.toMap(candidate -> candidate.presence().providerId(), Candidate::rating));
    }

    @Test
    void candidatesCarryTheAverageOfTheirRevealedReviewsAsOfTheSearch() {
        GeoPoint center = spot();
        User rated = onlineProviderAt(north(center, 1), "plumber");
        User closedWindow = onlineProviderAt(north(center, 2), "plumber");
        User unrated = onlineProviderAt(north(center, 3), "plumber");
        Instant windowOpen = NOW.plus(Duration.ofDays(7));
        Instant closesSoon = NOW.plusSeconds(60);
        reviewed(rated.id(), 5, windowOpen, true);
        reviewed(rated.id(), 4, windowOpen, true);
        reviewed(rated.id(), 4, windowOpen, true);
        reviewed(rated.id(), 1, closesSoon, false);
        reviewed(closedWindow.id(), 3, NOW.minusSeconds(1), false);
        reviewed(unrated.id(), 2, windowOpen, false);

        List<Candidate> now = presences().near(new NearbySearch(center, "plumber", 5, 10, Set.of(), NOW, MAX_AGE));
        assertThat(ids(now)).containsExactly(rated.id(), closedWindow.id(), unrated.id());
        assertThat(ratings(now)).as("13 / 3 to two decimals; the unanswered review with an open window is hidden")
                .containsOnly(Map.entry(rated.id(), 4.33), Map.entry(closedWindow.id(), 3.0));

        Instant later = closesSoon.plusSeconds(1);
        List<Candidate> afterTheWindow = presences().near(new NearbySearch(center, "plumber", 5, 10, Set.of(), later,
                MAX_AGE));
        assertThat(ratings(afterTheWindow)).as("its window closed: the hidden review counts, with nothing written")
                .containsOnly(Map.entry(rated.id(), 3.5), Map.entry(closedWindow.id(), 3.0));
        assertThat(ratings(presences().candidates(List.of(rated.id(), unrated.id()), later)))
                .containsOnly(Map.entry(rated.id(), 3.5));
    }

    @Test
    void aRatingFollowsEditsAndDeletionsOfTheReviewsBehindIt() {
        GeoPoint center = spot();
        User provider = onlineProviderAt(north(center, 1), "plumber");
        UserId customer = customer();
        Job answeredJob = ContractFixtures.completed(customer, provider.id(), "plumber", NOW.minusSeconds(7_200));
        Job closedJob = ContractFixtures.completed(customer, provider.id(), "plumber", NOW.minusSeconds(7_200));
        jobs().add(answeredJob);
        jobs().add(closedJob);
        Instant earlier = NOW.minusSeconds(3_000);
        Review answered = new Review(new ReviewId("rev_" + ContractFixtures.unique()), answeredJob.id(), customer, provider.id(), 5,
                null, earlier, earlier);
        Review answer = new Review(new ReviewId("rev_" + ContractFixtures.unique()), answeredJob.id(), provider.id(), customer, 4,
                null, earlier, earlier);
        Review closed = new Review(new ReviewId("rev_" + ContractFixtures.unique()), closedJob.id(), customer, provider.id(), 3,
                null, earlier, earlier);
        reviews().add(answered, NOW.plus(Duration.ofDays(7)));
        reviews().add(answer, NOW.plus(Duration.ofDays(7)));
        reviews().add(closed, NOW.minusSeconds(1));
        NearbySearch search = new NearbySearch(center, "plumber", 5, 10, Set.of(), NOW, MAX_AGE);
        assertThat(ratings(presences().near(search))).containsOnly(Map.entry(provider.id(), 4.0));

        reviews().update(new Review(answered.id(), answered.jobId(), customer, provider.id(), 1, "changed my mind", earlier, NOW));
        assertThat(ratings(presences().near(search))).as("the edited stars count").containsOnly(Map.entry(provider.id(), 2.0));

        reviews().delete(answer.id());
        assertThat(ratings(presences().near(search))).as("unanswered again, with its window open: hidden")
                .containsOnly(Map.entry(provider.id(), 3.0));
        assertThat(ratings(presences().candidates(List.of(provider.id()), NOW))).containsOnly(Map.entry(provider.id(), 3.0));

        reviews().delete(closed.id());
        assertThat(ratings(presences().near(search))).isEmpty();
    }

    @Test
    void candidatesAreTheChosenProvidersWithAPresenceWhereverAndWhateverTheyAre() {
        GeoPoint center = spot();
        User faraway = onlineProviderAt(north(center, 300), "plumber", "electrician");
        User offline = onlineProviderAt(north(center, 1), "plumber");
        presences().save(presences().byProvider(offline.id()).orElseThrow().choosing(Availability.OFFLINE, NOW));
        User neverSeen = ContractFixtures.provider(Set.of("plumber"));
        users().add(neverSeen);

        Map<UserId, Candidate> found = presences().candidates(List.of(faraway.id(), offline.id(), neverSeen.id()), NOW)
                .stream().collect(Collectors.toMap(candidate -> candidate.presence().providerId(), Function.identity()));

        assertThat(found).containsOnlyKeys(faraway.id(), offline.id());
        assertThat(found.get(faraway.id()).presence()).isEqualTo(presences().byProvider(faraway.id()).orElseThrow());
        assertThat(found.get(faraway.id()).name()).isEqualTo(faraway.name());
        assertThat(found.get(faraway.id()).categories()).containsExactlyInAnyOrder("plumber", "electrician");
        assertThat(found.get(offline.id()).presence().availability()).isEqualTo(Availability.OFFLINE);
        assertThat(found.get(faraway.id()).rating()).isNull();
        assertThat(presences().candidates(List.of(), NOW)).isEmpty();
    }

    @Test
    void aRoundReadsBackAsSavedAndASaveReplacesIt() {
        Job job = ContractFixtures.requested(customer(), "towing", NOW);
        jobs().add(job);
        User a = ContractFixtures.provider(Set.of("towing"));
        DispatchRound first = DispatchRound.first(job.id(), NOW).offering(0, Set.of(a.id()), NOW.plusSeconds(30));
        rounds().save(first);
        assertThat(rounds().byJob(job.id())).contains(first);

        DispatchRound restarted = first.restarted(NOW.plusSeconds(60));
        rounds().save(restarted);
        assertThat(rounds().byJob(job.id())).contains(restarted);
        assertThat(rounds().byJob(ContractFixtures.jobId())).isEmpty();
    }
}
