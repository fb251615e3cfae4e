package dev.callout.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HoldWindowTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void anImmediateJobIsHeldOnTheCard() {
        assertThat(HoldWindow.STRIPE.plan(NOW, null)).isEqualTo(HoldPlan.AUTHORISE);
    }

    @Test
    void aJobStartingWithinSixDaysIsHeldAndOneStartingLaterIsChargedNowAndHeldByThePlatform() {
        assertThat(HoldWindow.STRIPE.plan(NOW, NOW.plus(Duration.ofDays(3)))).isEqualTo(HoldPlan.AUTHORISE);
        assertThat(HoldWindow.STRIPE.plan(NOW, NOW.plus(Duration.ofDays(6)))).isEqualTo(HoldPlan.AUTHORISE);
        assertThat(HoldWindow.STRIPE.plan(NOW, NOW.plus(Duration.ofDays(6)).plusSeconds(1))).isEqualTo(HoldPlan.CAPTURE_NOW);
        assertThat(HoldWindow.STRIPE.plan(NOW, NOW.plus(Duration.ofDays(30)))).isEqualTo(HoldPlan.CAPTURE_NOW);
    }

    @Test
    void aShorterHoldMovesTheBoundary() {
        HoldWindow oneDay = new HoldWindow(Duration.ofDays(1), Duration.ofHours(4));
        assertThat(oneDay.plan(NOW, NOW.plus(Duration.ofHours(20)))).isEqualTo(HoldPlan.AUTHORISE);
        assertThat(oneDay.plan(NOW, NOW.plus(Duration.ofHours(21)))).isEqualTo(HoldPlan.CAPTURE_NOW);
    }

    @Test
    void theMarginMustFitInTheValidity() {
        assertThatThrownBy(() -> new HoldWindow(Duration.ofDays(1), Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HoldWindow(Duration.ofDays(1), Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
