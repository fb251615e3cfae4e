package dev.callout.rest.provider;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The providers near a point, nearest first. */
@Serdeable
@Schema(name = "NearbyProviders")
public record NearbyProvidersBody(List<NearbyProviderBody> data) {
}
