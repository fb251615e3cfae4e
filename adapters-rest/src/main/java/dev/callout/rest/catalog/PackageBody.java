package dev.callout.rest.catalog;

import dev.callout.domain.catalog.ServicePackage;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "ServicePackage")
record PackageBody(String id, String serviceId, String name, @Nullable String description, MoneyBody price,
                   int durationMinutes, List<String> features, Instant createdAt, Instant updatedAt) {
    static PackageBody of(ServicePackage p) {
        return new PackageBody(p.id(), p.serviceId(), p.name(), p.description(), MoneyBody.of(p.price()), p.durationMinutes(),
                p.features(), p.createdAt(), p.updatedAt());
    }
}
