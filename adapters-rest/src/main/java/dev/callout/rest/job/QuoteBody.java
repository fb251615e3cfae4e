package dev.callout.rest.job;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Quote")
public record QuoteBody(String category, PriceBody price) {
}
