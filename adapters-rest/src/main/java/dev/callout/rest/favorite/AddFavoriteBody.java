package dev.callout.rest.favorite;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "FavoriteRequest")
public record AddFavoriteBody(@Nullable String providerId, @Nullable String note) {
}
