package dev.callout.domain.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** A user's ratings at a glance: how many, the average to two decimals, and how many of each star. */
public record RatingSummary(long count, BigDecimal average, Map<Integer, Long> distribution) {

    public RatingSummary {
        distribution = Map.copyOf(distribution);
    }

    public static RatingSummary of(Collection<Integer> ratings) {
        Map<Integer, Long> distribution = new TreeMap<>();
        for (int stars = Review.MIN_RATING; stars <= Review.MAX_RATING; stars++) {
            distribution.put(stars, 0L);
        }
        long sum = 0;
        for (int rating : ratings) {
            if (!Review.isValidRating(rating)) {
                throw new IllegalArgumentException("not a rating: " + rating);
            }
            distribution.merge(rating, 1L, Long::sum);
            sum += rating;
        }
        return fromCounts(distribution, ratings.size(), sum);
    }

    /** From per-star counts, as a store that keeps counters reads them. */
    public static RatingSummary fromCounts(Map<Integer, Long> countsByStars) {
        long count = 0;
        long sum = 0;
        Map<Integer, Long> distribution = new TreeMap<>();
        for (int stars = Review.MIN_RATING; stars <= Review.MAX_RATING; stars++) {
            long n = countsByStars.getOrDefault(stars, 0L);
            if (n < 0) {
                throw new IllegalArgumentException("negative count for " + stars + " stars");
            }
            distribution.put(stars, n);
            count += n;
            sum += n * stars;
        }
        return fromCounts(distribution, count, sum);
    }

    /** The average of {@code count} ratings adding up to {@code sum}, to two decimals half-up; null for none. */
    public static BigDecimal averageOf(long count, long sum) {
        if (count < 0 || sum < count * Review.MIN_RATING || sum > count * Review.MAX_RATING) {
            throw new IllegalArgumentException(count + " ratings cannot add up to " + sum);
        }
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    private static RatingSummary fromCounts(Map<Integer, Long> distribution, long count, long sum) {
        BigDecimal average = count == 0 ? BigDecimal.ZERO.setScale(2) : averageOf(count, sum);
        return new RatingSummary(count, average, distribution);
    }
}
