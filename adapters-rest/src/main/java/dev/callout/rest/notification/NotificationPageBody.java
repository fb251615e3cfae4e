package dev.callout.rest.notification;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of notifications. */
@Serdeable
@Schema(name = "NotificationPage")
public record NotificationPageBody(List<NotificationBody> data, PageMetaBody meta) {
}
