package dev.callout.persistence;

import static dev.callout.persistence.Tables.Jobs.*;

import dev.callout.application.port.NearbyJobs;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Open jobs near a point, nearest first, through the partial GiST index on open jobs' locations. */
@Singleton
public final class PostgresNearbyJobs implements NearbyJobs {

    private static final Field<Object> POINT = DSL.field("ll_to_earth({0}, {1})", Object.class, LOCATION_LAT, LOCATION_LNG);

    private final Sql sql;

    PostgresNearbyJobs(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<Job> openNear(GeoPoint center, double radiusKm, java.util.Set<String> categories, UserId provider, int limit) {
        Field<Object> origin = DSL.field("ll_to_earth({0}, {1})", Object.class, DSL.val(center.lat()), DSL.val(center.lng()));
        double metres = radiusKm * 1000;
        return sql.run(dsl -> dsl.select(ALL).from(TABLE)
                .where(STATUS.eq(JobStatus.REQUESTED.wireName()))
                .and(CATEGORY.in(categories))
                .and(DSL.condition("not ({0} = any({1}))", DSL.val(provider.value()), EXCLUDED_PROVIDER_IDS))
                .and(DSL.condition("earth_box({0}, {1}) @> {2}", origin, DSL.val(metres), POINT))
                .and(DSL.condition("earth_distance({0}, {1}) <= {2}", origin, POINT, DSL.val(metres)))
                .orderBy(DSL.field("{0} <-> {1}", Object.class, POINT, origin), ID)
                .limit(limit)
                .fetch(JobMapper::toJob));
    }
}
