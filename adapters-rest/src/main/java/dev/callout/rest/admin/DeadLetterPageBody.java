package dev.callout.rest.admin;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of dead letters. */
@Serdeable
@Schema(name = "DeadLetterPage")
public record DeadLetterPageBody(List<DeadLetterBody> data, PageMetaBody meta) {
}
