package dev.callout.rest.catalog;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of services. */
@Serdeable
@Schema(name = "ServicePage")
public record ServicePageBody(List<ServiceBody> data, PageMetaBody meta) {
}
