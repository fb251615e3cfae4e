package dev.callout.domain.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.Place;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DispatchModelTest {

    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    static final UserId PEDRO = new UserId("usr_pedro");

    @Test
    void aProviderOnAJobIsBusyUntilThatJobEnds() {
        JobId first = new JobId("job_first");
        ProviderPresence online = ProviderPresence.unknown(PEDRO, NOW).choosing(Availability.ONLINE, NOW)
                .at(new GeoPoint(14.55, 121.02), NOW);

        ProviderPresence working = online.working(first, NOW);
        assertThat(working.availability()).isEqualTo(Availability.BUSY);
        assertThat(working.choosing(Availability.ONLINE, NOW).availability()).as("saying online does not end the job")
                .isEqualTo(Availability.BUSY);
        assertThat(working.doneWith(new JobId("job_other"), NOW).availability()).isEqualTo(Availability.BUSY);
        assertThat(working.doneWith(first, NOW).availability()).isEqualTo(Availability.ONLINE);
    }

    @Test
    void aPositionIsFreshForTheConfiguredAge() {
        ProviderPresence seen = ProviderPresence.unknown(PEDRO, NOW).choosing(Availability.ONLINE, NOW)
                .at(new GeoPoint(14.55, 121.02), NOW);
        assertThat(seen.hasFreshPosition(NOW.plus(Duration.ofMinutes(5)), Duration.ofMinutes(5))).isTrue();
        assertThat(seen.hasFreshPosition(NOW.plus(Duration.ofMinutes(5)).plusMillis(1), Duration.ofMinutes(5))).isFalse();
        assertThat(seen.whereabouts(NOW.plus(Duration.ofMinutes(6)), Duration.ofMinutes(5))).isEmpty();
        assertThatThrownBy(() -> new ProviderPresence(PEDRO, Availability.ONLINE, new GeoPoint(0, 0), null, null, NOW, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFreshLivePositionWinsOverTheBaseLocationWhichCountsOtherwise() {
        Place home = new Place(new GeoPoint(13.7563, 100.5018), "Central World, Bangkok");
        GeoPoint street = new GeoPoint(13.7450, 100.5340);
        Duration maxAge = Duration.ofMinutes(5);
        ProviderPresence based = ProviderPresence.unknown(PEDRO, NOW).choosing(Availability.ONLINE, NOW).basedAt(home, NOW);

        assertThat(based.whereabouts(NOW, maxAge)).contains(new MatchPosition(home.point(), MatchPosition.Source.BASE));
        ProviderPresence moving = based.at(street, NOW);
        assertThat(moving.whereabouts(NOW.plus(maxAge), maxAge))
                .contains(new MatchPosition(street, MatchPosition.Source.LIVE));
        assertThat(moving.whereabouts(NOW.plus(maxAge).plusMillis(1), maxAge)).as("the live position went stale")
                .contains(new MatchPosition(home.point(), MatchPosition.Source.BASE));
        assertThat(moving.basedAt(null, NOW).whereabouts(NOW.plus(maxAge).plusMillis(1), maxAge)).isEmpty();
        assertThat(moving.working(new JobId("job_a"), NOW).choosing(Availability.OFFLINE, NOW).at(street, NOW).base())
                .as("every change keeps the base").isEqualTo(home);
    }

    @Test
    void aRoundRemembersEveryoneOfferedInItsWaveAndARestartForgetsThem() {
        DispatchRound first = DispatchRound.first(new JobId("job_a"), NOW).offering(0, Set.of(PEDRO), NOW.plusSeconds(30));
        DispatchRound second = first.offering(1, Set.of(new UserId("usr_ana")), NOW.plusSeconds(60));

        assertThat(second.offered()).containsExactlyInAnyOrder(PEDRO, new UserId("usr_ana"));
        assertThat(second.isCurrent(1, 1)).isTrue();
        assertThat(second.isCurrent(1, 0)).as("the first step's timer is stale").isFalse();
        DispatchRound again = second.restarted(NOW.plusSeconds(90));
        assertThat(again.wave()).isEqualTo(2);
        assertThat(again.step()).isZero();
        assertThat(again.offered()).isEmpty();
        assertThat(again.openedAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(second.withdrawn().offered()).isEmpty();
        assertThat(second.withdrawn().isCurrent(1, 1)).isTrue();
    }

    @Test
    void aFavouritesFirstPlanOffersTheFavouritesBeforeTheRadiusSteps() {
        DispatchPolicy policy = DispatchPolicy.DEFAULT;

        assertThat(policy.plan(false)).containsExactly(new DispatchStep.Nearby(3), new DispatchStep.Nearby(6),
                new DispatchStep.Nearby(12));
        assertThat(policy.plan(true)).containsExactly(new DispatchStep.Favorites(), new DispatchStep.Nearby(3),
                new DispatchStep.Nearby(6), new DispatchStep.Nearby(12));
        assertThat(new DispatchStep.Favorites().skippedWhenEmpty()).as("no available favourite costs no time").isTrue();
        assertThat(new DispatchStep.Nearby(3).skippedWhenEmpty()).as("a radius step waits for providers to appear")
                .isFalse();
    }

    @Test
    void aPolicyRefusesNonsense() {
        assertThatThrownBy(() -> new DispatchPolicy(0, List.of(3.0), Duration.ofSeconds(30), Duration.ZERO, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DispatchPolicy(3, List.of(6.0, 3.0), Duration.ofSeconds(30), Duration.ZERO, Duration.ofMinutes(5)))
                .hasMessageContaining("never shrink");
        assertThatThrownBy(() -> new DispatchPolicy(3, List.of(), Duration.ofSeconds(30), Duration.ZERO, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DispatchPolicy(3, List.of(3.0), Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DispatchPolicy.DEFAULT.steps()).isEqualTo(3);
    }
}
