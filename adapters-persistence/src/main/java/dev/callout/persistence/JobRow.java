package dev.callout.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code jobs}: the persistence model of a job, flat and close to the table. Written by
 * {@link JobRowRepository} (insert, and an update guarded by {@code version}, which leaves the
 * gig fields set at posting); read with jOOQ.
 * {@code version} is deliberately not Micronaut Data's {@code @Version}: that one stores 0 on
 * insert, while a stored job starts at version 1 (as the in-memory store and the contract say).
 */
@MappedEntity("jobs")
record JobRow(
        @Id String id,
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
        long version,
        @Nullable String title,
        @Nullable Integer durationHours,
        @TypeDef(type = DataType.STRING_ARRAY) String[] imageFileIds) {
}
