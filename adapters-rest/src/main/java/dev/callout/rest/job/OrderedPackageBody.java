package dev.callout.rest.job;

import dev.callout.rest.body.MoneyBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "OrderedPackage")
public record OrderedPackageBody(String id, String name, MoneyBody price, int durationMinutes) {
}
