package dev.callout.application.presence;

import dev.callout.application.FieldErrors;
import dev.callout.domain.dispatch.Match;
import dev.callout.domain.dispatch.NearbySearch;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.user.Actor;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Approved, available providers of a category around a point, nearest first, with an ETA each. */
public interface FindNearbyProvidersUseCase {

    double DEFAULT_RADIUS_KM = 10;
    int DEFAULT_LIMIT = 20;

    NearbyProvidersResult find(NearbyProvidersQuery query);

    record NearbyProvidersQuery(Actor actor, GeoPoint center, String category, double radiusKm, int limit) {
        public NearbyProvidersQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(center, "center");
            Objects.requireNonNull(category, "category");
        }

        /** From raw input; radius defaults to 10 km (at most 100), limit to 20 (1 to 100). */
        public static NearbyProvidersQuery of(Actor actor, Double lat, Double lng, String category, Double radiusKm,
                                              Integer limit) {
            double radius = radiusKm == null ? DEFAULT_RADIUS_KM : radiusKm;
            int max = limit == null ? DEFAULT_LIMIT : limit;
            new FieldErrors()
                    .require(lat != null && Double.isFinite(lat) && lat >= -90 && lat <= 90, "lat", "must be between -90 and 90")
                    .require(lng != null && Double.isFinite(lng) && lng >= -180 && lng <= 180, "lng", "must be between -180 and 180")
                    .notBlank(category, "category")
                    .singleLine(category, Category.MAX_CODE_LENGTH, "category")
                    .require(radius > 0 && radius <= NearbySearch.MAX_RADIUS_KM, "radius_km",
                            "must be more than 0 and at most " + (int) NearbySearch.MAX_RADIUS_KM)
                    .require(max >= 1 && max <= NearbySearch.MAX_LIMIT, "limit", "must be between 1 and " + NearbySearch.MAX_LIMIT)
                    .throwIfAny();
            return new NearbyProvidersQuery(actor, new GeoPoint(lat, lng), category, radius, max);
        }
    }

    record NearbyProvider(Match match, Duration eta) {
    }

    sealed interface NearbyProvidersResult {
        record Found(List<NearbyProvider> providers) implements NearbyProvidersResult {
            public Found {
                providers = List.copyOf(providers);
            }
        }

        record UnknownCategory() implements NearbyProvidersResult {
        }
    }
}
