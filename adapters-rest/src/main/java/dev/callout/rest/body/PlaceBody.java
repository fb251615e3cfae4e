package dev.callout.rest.body;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Place;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A position with an optional address. */
@Serdeable
@Schema(name = "Place")
public record PlaceBody(
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "14.5547") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "121.0244") Double lng,
        @Nullable @Size(max = Place.MAX_ADDRESS_LENGTH) @Schema(example = "123 Rizal St, Makati") String address) {

    public Place toPlace() {
        return new Place(new GeoPoint(lat, lng), address);
    }

    public static PlaceBody of(Place place) {
        return place == null ? null : new PlaceBody(place.point().lat(), place.point().lng(), place.address());
    }
}
