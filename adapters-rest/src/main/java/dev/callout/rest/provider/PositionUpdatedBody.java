package dev.callout.rest.provider;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Serdeable
@Schema(name = "PositionUpdated")
record PositionUpdatedBody(Instant updatedAt) {
}
