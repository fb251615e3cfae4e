package dev.callout.rest.provider;

import dev.callout.rest.body.PlaceBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "BaseLocation", description = "base_location: null when none is set")
record BaseLocationBody(@Nullable PlaceBody baseLocation) {
}
