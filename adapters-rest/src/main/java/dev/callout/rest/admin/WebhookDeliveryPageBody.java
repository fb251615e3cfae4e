package dev.callout.rest.admin;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of webhook deliveries. */
@Serdeable
@Schema(name = "WebhookDeliveryPage")
public record WebhookDeliveryPageBody(List<WebhookDeliveryBody> data, PageMetaBody meta) {
}
