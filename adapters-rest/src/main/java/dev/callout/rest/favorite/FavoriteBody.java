package dev.callout.rest.favorite;

import dev.callout.application.favorite.FavoritesUseCase.FavoriteView;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Serdeable
@Schema(name = "Favorite")
public record FavoriteBody(String id, String providerId, String note, Instant createdAt, FavoriteProviderBody provider) {
    static FavoriteBody of(FavoriteView view) {
        String availability = view.availability().wireName();
        return new FavoriteBody(view.favorite().id(), view.provider().id().value(), view.favorite().note(),
                view.favorite().createdAt(), new FavoriteProviderBody(view.provider().id().value(), view.provider().name(),
                view.provider().categories(), availability, "online".equals(availability),
                view.rating().count() == 0 ? null : view.rating().average(), view.rating().count()));
    }
}
