package dev.callout.rest.admin;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of webhook endpoints. */
@Serdeable
@Schema(name = "WebhookPage")
public record WebhookPageBody(List<WebhookBody> data, PageMetaBody meta) {
}
