package dev.callout.rest.job;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "OrderedService")
public record OrderedServiceBody(String id, String name) {
}
