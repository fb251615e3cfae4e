package dev.callout.persistence;

import static dev.callout.persistence.Tables.Jobs.*;

import dev.callout.application.port.NearbyJobs;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Open jobs near a point, nearest first, through the partial GiST index on open jobs' locations;
 * a budget bound is compared with the total in minor units, exactly.
 */
@Singleton
public final class PostgresNearbyJobs implements NearbyJobs {

    private static final Field<Object> POINT = DSL.field("ll_to_earth({0}, {1})", Object.class, LOCATION_LAT, LOCATION_LNG);
    /** 10 to the power of the job currency's minor digits (ISO 4217: mostly 2), as an exact numeric. */
    private static final Field<BigDecimal> MINOR_PER_MAJOR = minorPerMajor();

    private final Sql sql;

    PostgresNearbyJobs(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<Job> openNear(GeoPoint center, double radiusKm, Set<String> categories, UserId provider, Budget budget,
                              int limit) {
        Field<Object> origin = DSL.field("ll_to_earth({0}, {1})", Object.class, DSL.val(center.lat()), DSL.val(center.lng()));
        double metres = radiusKm * 1000;
        return sql.run(dsl -> dsl.select(ALL).from(TABLE)
                .where(STATUS.eq(JobStatus.REQUESTED.wireName()))
                .and(CATEGORY.in(categories))
                .and(DSL.condition("not ({0} = any({1}))", DSL.val(provider.value()), EXCLUDED_PROVIDER_IDS))
                .and(DSL.condition("earth_box({0}, {1}) @> {2}", origin, DSL.val(metres), POINT))
                .and(DSL.condition("earth_distance({0}, {1}) <= {2}", origin, POINT, DSL.val(metres)))
                .and(budget.min() == null ? DSL.noCondition()
                        : DSL.condition("{0} >= {1} * {2}", TOTAL_MINOR, DSL.val(budget.min()), MINOR_PER_MAJOR))
                .and(budget.max() == null ? DSL.noCondition()
                        : DSL.condition("{0} <= {1} * {2}", TOTAL_MINOR, DSL.val(budget.max()), MINOR_PER_MAJOR))
                .orderBy(DSL.field("{0} <-> {1}", Object.class, POINT, origin), ID)
                .limit(limit)
                .fetch(JobMapper::toJob));
    }

    private static Field<BigDecimal> minorPerMajor() {
        Map<String, Integer> digits = Currency.getAvailableCurrencies().stream()
                .filter(currency -> currency.getDefaultFractionDigits() >= 0 && currency.getDefaultFractionDigits() != 2)
                .collect(Collectors.toMap(Currency::getCurrencyCode, Currency::getDefaultFractionDigits, (a, b) -> a,
                        TreeMap::new));
        return DSL.field("power(10::numeric, {0})", BigDecimal.class, DSL.choose(CURRENCY).mapValues(digits).otherwise(2));
    }
}
