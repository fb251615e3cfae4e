package dev.callout.rest.notification;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "NotificationRead")
public record NotificationReadBody(String id, boolean read) {
}
