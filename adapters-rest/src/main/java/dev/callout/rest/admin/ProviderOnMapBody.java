package dev.callout.rest.admin;

import dev.callout.application.admin.ProviderMapUseCase.ProviderOnMap;
import dev.callout.domain.dispatch.MatchPosition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "ProviderOnMap")
public record ProviderOnMapBody(String id, String name, List<String> categories,
                                @Schema(allowableValues = {"online", "offline", "busy"}) String availabilityStatus,
                                @Nullable Double lat, @Nullable Double lng,
                                @Nullable @Schema(allowableValues = {"live", "base"}) String positionSource,
                                @Nullable @Schema(description = "when the live position was reported") Instant positionAt) {
    static ProviderOnMapBody of(ProviderOnMap entry) {
        MatchPosition position = entry.position();
        return new ProviderOnMapBody(entry.provider().id().value(), entry.provider().name(),
                entry.provider().categories().stream().sorted().toList(), entry.availability().wireName(),
                position == null ? null : position.point().lat(), position == null ? null : position.point().lng(),
                position == null ? null : position.source().wireName(), entry.positionAt());
    }
}
