package dev.callout.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The write path of jobs: an insert, and one conditional UPDATE guarded by the version read,
 * which bumps it. Of two racing updates from the same read PostgreSQL lets exactly one match: the
 * loser waits for the winner's row lock, re-checks {@code version} on the new row, matches none.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface JobRowRepository extends GenericRepository<JobRow, String> {

    JobRow save(JobRow row);

    /** Stores {@code row} as version {@code row.version() + 1} if the stored one is still {@code row.version()}. */
    default boolean updateIfUnchanged(JobRow row) {
        return updateAtVersion(
                row.id(),
                row.customerId(),
                row.providerId(),
                row.category(),
                row.description(),
                row.locationLat(),
                row.locationLng(),
                row.locationAddress(),
                row.dropoffLat(),
                row.dropoffLng(),
                row.dropoffAddress(),
                row.urgency(),
                row.scheduledAt(),
                row.favoritesFirst(),
                row.priceBasis(),
                row.distanceKm(),
                row.baseFareMinor(),
                row.distanceChargeMinor(),
                row.urgencySurchargeMinor(),
                row.totalMinor(),
                row.platformFeeMinor(),
                row.providerNetMinor(),
                row.feeBps(),
                row.currency(),
                row.status(),
                row.excludedProviderIds(),
                row.createdAt(),
                row.acceptedAt(),
                row.startedAt(),
                row.completedAt(),
                row.cancelledAt(),
                row.cancellationReason(),
                row.updatedAt(),
                row.version()) == 1;
    }

    @Query("""
            UPDATE jobs SET
                customer_id = :customerId,
                provider_id = :providerId,
                category = :category,
                description = :description,
                location_lat = :locationLat,
                location_lng = :locationLng,
                location_address = :locationAddress,
                dropoff_lat = :dropoffLat,
                dropoff_lng = :dropoffLng,
                dropoff_address = :dropoffAddress,
                urgency = :urgency,
                scheduled_at = :scheduledAt,
                favorites_first = :favoritesFirst,
                price_basis = :priceBasis,
                distance_km = :distanceKm,
                base_fare_minor = :baseFareMinor,
                distance_charge_minor = :distanceChargeMinor,
                urgency_surcharge_minor = :urgencySurchargeMinor,
                total_minor = :totalMinor,
                platform_fee_minor = :platformFeeMinor,
                provider_net_minor = :providerNetMinor,
                fee_bps = :feeBps,
                currency = :currency,
                status = :status,
                excluded_provider_ids = :excludedProviderIds,
                created_at = :createdAt,
                accepted_at = :acceptedAt,
                started_at = :startedAt,
                completed_at = :completedAt,
                cancelled_at = :cancelledAt,
                cancellation_reason = :cancellationReason,
                updated_at = :updatedAt,
                version = version + 1
            WHERE id = :id AND version = :version""")
    long updateAtVersion(String id,
                         String customerId,
                         @Nullable String providerId,
                         String category,
                         @Nullable String description,
                         double locationLat,
                         double locationLng,
                         @Nullable String locationAddress,
                         @Nullable Double dropoffLat,
                         @Nullable Double dropoffLng,
                         @Nullable String dropoffAddress,
                         String urgency,
                         @Nullable Instant scheduledAt,
                         boolean favoritesFirst,
                         String priceBasis,
                         BigDecimal distanceKm,
                         @Nullable Long baseFareMinor,
                         @Nullable Long distanceChargeMinor,
                         @Nullable Long urgencySurchargeMinor,
                         long totalMinor,
                         long platformFeeMinor,
                         long providerNetMinor,
                         int feeBps,
                         String currency,
                         String status,
                         @TypeDef(type = DataType.STRING_ARRAY) String[] excludedProviderIds,
                         Instant createdAt,
                         @Nullable Instant acceptedAt,
                         @Nullable Instant startedAt,
                         @Nullable Instant completedAt,
                         @Nullable Instant cancelledAt,
                         @Nullable String cancellationReason,
                         Instant updatedAt,
                         long version);
}
