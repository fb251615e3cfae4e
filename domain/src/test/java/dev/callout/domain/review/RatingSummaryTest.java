package dev.callout.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RatingSummaryTest {

    @Test
    void chayenitysExampleAddsUp() {
        List<Integer> ratings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ratings.add(5);
        }
        ratings.addAll(List.of(4, 4, 4, 3, 3));
        RatingSummary summary = RatingSummary.of(ratings);
        assertThat(summary.count()).isEqualTo(25);
        assertThat(summary.average()).isEqualByComparingTo("4.72");
        assertThat(summary.distribution()).isEqualTo(Map.of(5, 20L, 4, 3L, 3, 2L, 2, 0L, 1, 0L));
    }

    @Test
    void noRatingsIsZeroNotAnError() {
        RatingSummary none = RatingSummary.of(List.of());
        assertThat(none.count()).isZero();
        assertThat(none.average()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(none.distribution()).containsOnlyKeys(1, 2, 3, 4, 5);
    }

    @Test
    void outOfRangeRatingsAndNegativeCountsAreRefused() {
        assertThatThrownBy(() -> RatingSummary.of(List.of(6))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RatingSummary.fromCounts(Map.of(3, -1L))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAverageFromACountAndASumIsTheSummarysAndNullForNone() {
        assertThat(RatingSummary.averageOf(0, 0)).isNull();
        assertThat(RatingSummary.averageOf(3, 14)).isEqualByComparingTo("4.67");
        assertThat(RatingSummary.averageOf(8, 33)).as("4.125 rounds half up").isEqualByComparingTo("4.13");
        assertThatThrownBy(() -> RatingSummary.averageOf(2, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RatingSummary.averageOf(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void anAverageFromACountAndASumAgreesWithTheSummary(
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 1, max = 5) Integer> ratings) {
        long sum = ratings.stream().mapToLong(Integer::longValue).sum();
        assertThat(RatingSummary.averageOf(ratings.size(), sum)).isEqualTo(RatingSummary.of(ratings).average());
    }

    @Property
    void countersAndListsAgree(@ForAll @Size(max = 200) List<@IntRange(min = 1, max = 5) Integer> ratings) {
        Map<Integer, Long> counts = new HashMap<>();
        ratings.forEach(rating -> counts.merge(rating, 1L, Long::sum));
        RatingSummary fromList = RatingSummary.of(ratings);
        assertThat(RatingSummary.fromCounts(counts)).isEqualTo(fromList);
        assertThat(fromList.distribution().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ratings.size());
        if (!ratings.isEmpty()) {
            assertThat(fromList.average()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(5));
        }
    }
}
