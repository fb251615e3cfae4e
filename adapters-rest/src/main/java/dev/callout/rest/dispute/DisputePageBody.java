package dev.callout.rest.dispute;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of disputes. */
@Serdeable
@Schema(name = "DisputePage")
public record DisputePageBody(List<DisputeBody> data, PageMetaBody meta) {
}
