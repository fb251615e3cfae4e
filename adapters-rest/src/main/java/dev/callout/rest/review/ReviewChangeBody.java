package dev.callout.rest.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "ReviewChange")
record ReviewChangeBody(@Schema(example = "4") Integer rating, @Nullable String comment) {
}
