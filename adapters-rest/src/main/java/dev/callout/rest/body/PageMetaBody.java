package dev.callout.rest.body;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "PageMeta")
public record PageMetaBody(int page, int limit, long total) {
}
