package dev.callout.rest.favorite;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

@Serdeable
@Schema(name = "FavoriteProvider")
public record FavoriteProviderBody(String id, String name, java.util.Set<String> categories, String availabilityStatus,
                                   boolean isAvailable, BigDecimal rating, long totalReviews) {
}
