package dev.callout.rest.provider;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Availability")
record AvailabilityStatusBody(@Schema(allowableValues = {"online", "offline", "busy"}) String availabilityStatus) {
}
