package dev.callout.persistence;

import static dev.callout.persistence.DispatchTables.Presence.*;

import dev.callout.application.port.ProviderPresences;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.Candidate;
import dev.callout.domain.dispatch.Match;
import dev.callout.domain.dispatch.MatchPosition;
import dev.callout.domain.dispatch.Matching;
import dev.callout.domain.dispatch.NearbySearch;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.Place;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Presences in {@code provider_presence}, and for each provider who could be matched now (online,
 * not on a job, with a position or a base location) {@code provider_spots} rows per category they
 * serve, one at the live position and one at the base, written with the presence; each carries the
 * live position's time, so a search keeps the live spot while it is fresh and the base spot
 * otherwise (where {@link Matching} measures from). A search is a nearest-neighbour walk of the
 * GiST index on {@code (category, ll_to_earth(lat, lng))} ({@code ORDER BY ... <-> ... LIMIT}),
 * then the radius ({@link #nearestSpots}); only the nearest few are joined to their presence
 * and account, and the domain's {@link Matching} checks and ranks them, exactly as for the in-memory grid.
 * Each of those few gets its rating from its {@code users} row's totals of the reviews revealed for
 * good plus the uncounted ones revealed at the search's time ({@link PostgresReviews#revealedRatingsOf}),
 * so it is exact at every instant.
 */
@Singleton
public final class PostgresProviderPresences implements ProviderPresences {

    private static final Field<String> NAME = DSL.field(DSL.name("users", "name"), SQLDataType.VARCHAR);
    private static final Field<String> STATUS = DSL.field(DSL.name("users", "status"), SQLDataType.VARCHAR);
    private static final Field<String[]> CATEGORIES = DSL.field(DSL.name("users", "categories"), SQLDataType.VARCHAR.array());
    private static final Field<String> USER_ID = DSL.field(DSL.name("users", "id"), SQLDataType.VARCHAR);

    private final Sql sql;

    PostgresProviderPresences(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<ProviderPresence> byProvider(UserId providerId) {
        return sql.run(dsl -> dsl.select(ALL).from(TABLE).where(PROVIDER_ID.eq(providerId.value())).forUpdate()
                .fetchOptional(PostgresProviderPresences::presence));
    }

    @Override
    public void save(ProviderPresence presence) {
        GeoPoint at = presence.position();
        Place base = presence.base();
        sql.run(dsl -> dsl.insertInto(TABLE)
                .set(PROVIDER_ID, presence.providerId().value())
                .set(AVAILABILITY, presence.chosen().wireName())
                .set(LAT, at == null ? null : at.lat())
                .set(LNG, at == null ? null : at.lng())
                .set(POSITION_AT, presence.positionAt())
                .set(ACTIVE_JOB_ID, presence.activeJob() == null ? null : presence.activeJob().value())
                .set(UPDATED_AT, presence.updatedAt())
                .set(BASE_LAT, base == null ? null : base.point().lat())
                .set(BASE_LNG, base == null ? null : base.point().lng())
                .set(BASE_ADDRESS, base == null ? null : base.address())
                .onConflict(PROVIDER_ID).doUpdate()
                .set(AVAILABILITY, DSL.excluded(AVAILABILITY))
                .set(LAT, DSL.excluded(LAT))
                .set(LNG, DSL.excluded(LNG))
                .set(POSITION_AT, DSL.excluded(POSITION_AT))
                .set(ACTIVE_JOB_ID, DSL.excluded(ACTIVE_JOB_ID))
                .set(UPDATED_AT, DSL.excluded(UPDATED_AT))
                .set(BASE_LAT, DSL.excluded(BASE_LAT))
                .set(BASE_LNG, DSL.excluded(BASE_LNG))
                .set(BASE_ADDRESS, DSL.excluded(BASE_ADDRESS))
                .execute());
        sql.run(dsl -> dsl.execute("DELETE FROM provider_spots WHERE provider_id = ?", presence.providerId().value()));
        if (presence.availability() != Availability.ONLINE) {
            return;
        }
        if (at != null) {
            spot(presence, MatchPosition.Source.LIVE, at);
        }
        if (base != null) {
            spot(presence, MatchPosition.Source.BASE, base.point());
        }
    }

    /**
     * Three statements for all of them: the positions upserted (a later stored position stays), then the moved
     * providers' spots written again from their rows, as {@link #save} writes them.
     */
    @Override
    public void moveAll(Collection<PositionReport> reports) {
        if (reports.isEmpty()) {
            return;
        }
        String[] ids = reports.stream().map(report -> report.providerId().value()).toArray(String[]::new);
        Double[] lats = reports.stream().map(report -> report.point().lat()).toArray(Double[]::new);
        Double[] lngs = reports.stream().map(report -> report.point().lng()).toArray(Double[]::new);
        String[] ats = reports.stream().map(report -> report.at().toString()).toArray(String[]::new);
        sql.run(dsl -> {
            String[] moved = dsl.resultQuery("""
                    INSERT INTO provider_presence AS p (provider_id, availability, lat, lng, position_at, updated_at)
                    SELECT r.id, {4}, r.lat, r.lng, r.at, r.at
                    FROM unnest({0}::text[], {1}::float8[], {2}::float8[], {3}::timestamptz[]) AS r(id, lat, lng, at)
                    ON CONFLICT (provider_id) DO UPDATE SET lat = excluded.lat, lng = excluded.lng,
                        position_at = excluded.position_at, updated_at = excluded.updated_at
                    WHERE p.position_at IS NULL OR p.position_at <= excluded.position_at
                    RETURNING p.provider_id""", texts(ids), DSL.val(lats, SQLDataType.DOUBLE.array()),
                    DSL.val(lngs, SQLDataType.DOUBLE.array()), texts(ats), DSL.val(Availability.OFFLINE.wireName()))
                    .fetch(0, String.class).toArray(String[]::new);
            dsl.execute("DELETE FROM provider_spots WHERE provider_id = ANY({0})", texts(moved));
            return dsl.execute("""
                    INSERT INTO provider_spots (provider_id, category, source, lat, lng, position_at)
                    SELECT p.provider_id, unnest(u.categories), spot.source, spot.lat, spot.lng, p.position_at
                    FROM provider_presence p JOIN users u ON u.id = p.provider_id
                    CROSS JOIN LATERAL (VALUES ({1}, p.lat, p.lng), ({2}, p.base_lat, p.base_lng)) AS spot(source, lat, lng)
                    WHERE p.provider_id = ANY({0}) AND p.availability = {3} AND p.active_job_id IS NULL
                      AND spot.lat IS NOT NULL""", texts(moved), DSL.val(MatchPosition.Source.LIVE.wireName()),
                    DSL.val(MatchPosition.Source.BASE.wireName()), DSL.val(Availability.ONLINE.wireName()));
        });
    }

    private static Field<String[]> texts(String[] values) {
        return DSL.val(values, SQLDataType.VARCHAR.array());
    }

    /** One row per category the provider serves, at {@code point}, with the live position's time. */
    private void spot(ProviderPresence presence, MatchPosition.Source source, GeoPoint point) {
        java.sql.Timestamp positionAt = presence.positionAt() == null ? null : java.sql.Timestamp.from(presence.positionAt());
        sql.run(dsl -> dsl.execute("""
                INSERT INTO provider_spots (provider_id, category, source, lat, lng, position_at)
                SELECT id, unnest(categories), ?, ?, ?, ? FROM users WHERE id = ?""",
                source.wireName(), point.lat(), point.lng(), positionAt, presence.providerId().value()));
    }

    @Override
    public List<Candidate> near(NearbySearch search) {
        Field<String> nearest = DSL.field(DSL.name("nearest", "provider_id"), SQLDataType.VARCHAR);
        Table<?> spots = nearestSpots(search);
        List<Candidate> found = sql.run(dsl -> dsl.select(ALL).select(NAME, STATUS, CATEGORIES)
                .select(PostgresReviews.ratingFields())
                .from(spots)
                .join(TABLE).on(PROVIDER_ID.eq(nearest))
                .join(DSL.table(DSL.name("users"))).on(USER_ID.eq(nearest))
                .crossJoin(PostgresReviews.revealedRatingsOf(nearest, search.now()))
                .fetch(PostgresProviderPresences::candidate));
        // the domain has the last word: account status, and earthdistance's sphere is 0.1% off the domain's
        return found.stream().flatMap(candidate -> Matching.matchOf(candidate, search).stream())
                .sorted(Comparator.comparingDouble(Match::distanceKm))
                .map(Match::candidate)
                .toList();
    }

    /**
     * The search's nearest spots, as table {@code nearest}: the GiST index walked nearest first (a KNN scan, which
     * stops after the limit) and the radius applied to what it returned. The radius is not a condition of the walk:
     * PostgreSQL guesses the rows of a box the same at 3 and at 10 km (a fixed fraction), so with it the planner took
     * every spot in the box from a bitmap scan and sorted them all.
     */
    static Table<?> nearestSpots(NearbySearch search) {
        GeoPoint center = search.center();
        String[] excluded = search.excluded().stream().map(UserId::value).toArray(String[]::new);
        return DSL.table("""
                (SELECT walked.provider_id, walked.position_at FROM (
                    SELECT s.provider_id, s.position_at, s.lat, s.lng FROM provider_spots s
                    WHERE s.category = {0}
                      AND CASE WHEN s.source = 'live' THEN s.position_at >= {4} ELSE s.position_at IS NULL OR s.position_at < {4} END
                      AND NOT (s.provider_id = ANY({5}))
                    ORDER BY s.category, ll_to_earth(s.lat, s.lng) <-> ll_to_earth({1}, {2})
                    LIMIT {6}) AS walked
                WHERE earth_distance(ll_to_earth({1}, {2}), ll_to_earth(walked.lat, walked.lng)) <= {3})""",
                DSL.val(search.category()), DSL.val(center.lat()), DSL.val(center.lng()),
                DSL.val(search.radiusKm() * 1000), DSL.val(search.freshSince()), DSL.val(excluded, SQLDataType.VARCHAR.array()),
                DSL.val(search.limit() + OVERFETCH)).as("nearest");
    }

    @Override
    public List<Candidate> candidates(Collection<UserId> providerIds, Instant now) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        String[] ids = providerIds.stream().map(UserId::value).distinct().toArray(String[]::new);
        return sql.run(dsl -> dsl.select(ALL).select(NAME, STATUS, CATEGORIES).select(PostgresReviews.ratingFields())
                .from(TABLE)
                .join(DSL.table(DSL.name("users"))).on(USER_ID.eq(PROVIDER_ID))
                .crossJoin(PostgresReviews.revealedRatingsOf(PROVIDER_ID, now))
                .where(PROVIDER_ID.eq(DSL.any(DSL.val(ids, SQLDataType.VARCHAR.array()))))
                .fetch(PostgresProviderPresences::candidate));
    }

    private static Candidate candidate(Record row) {
        return new Candidate(presence(row), row.get(NAME), AccountStatus.valueOf(row.get(STATUS).toUpperCase(Locale.ROOT)),
                Set.of(row.get(CATEGORIES)), PostgresReviews.ratingOf(row));
    }

    private static ProviderPresence presence(Record row) {
        Double lat = row.get(LAT);
        Double baseLat = row.get(BASE_LAT);
        return new ProviderPresence(new UserId(row.get(PROVIDER_ID)),
                Availability.valueOf(row.get(AVAILABILITY).toUpperCase(Locale.ROOT)),
                lat == null ? null : new GeoPoint(lat, row.get(LNG)), row.get(POSITION_AT),
                row.get(ACTIVE_JOB_ID) == null ? null : new JobId(row.get(ACTIVE_JOB_ID)), row.get(UPDATED_AT),
                baseLat == null ? null : new Place(new GeoPoint(baseLat, row.get(BASE_LNG)), row.get(BASE_ADDRESS)));
    }
}
