package dev.callout.domain.dispatch;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Who of a customer's favourites may be offered their job: those serving {@code category}, online
 * with a position no older than {@code maxPositionAge} at {@code now}, other than {@code excluded},
 * wherever they are (there is no radius); distances are measured from {@code center}.
 */
public record FavoritesSearch(GeoPoint center, String category, Set<UserId> excluded, Instant now,
                              Duration maxPositionAge) {

    public FavoritesSearch {
        Objects.requireNonNull(center, "center");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(maxPositionAge, "maxPositionAge");
        excluded = Set.copyOf(excluded);
    }
}
