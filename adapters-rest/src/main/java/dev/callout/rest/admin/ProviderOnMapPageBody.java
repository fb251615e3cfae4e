package dev.callout.rest.admin;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of providers on the map. */
@Serdeable
@Schema(name = "ProviderOnMapPage")
public record ProviderOnMapPageBody(List<ProviderOnMapBody> data, PageMetaBody meta) {
}
