package dev.callout.rest.favorite;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of favourites. */
@Serdeable
@Schema(name = "FavoritePage")
public record FavoritePageBody(List<FavoriteBody> data, PageMetaBody meta) {
}
