package dev.callout.rest.notification;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "NotificationsRead")
public record NotificationsReadBody(int markedRead) {
}
