package dev.callout.rest.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

@Serdeable
@Schema(name = "NearbyProvider")
record NearbyProviderBody(String id, String name, List<String> categories, BigDecimal distanceKm,
                          @Nullable @Schema(description = "average review rating; null until reviewed") Double rating,
                          long etaSeconds, String availabilityStatus,
                          @Schema(description = "where they count as being: their fresh live position, else their base location")
                          double lat, double lng,
                          @Schema(allowableValues = {"live", "base"}) String positionSource) {
}
