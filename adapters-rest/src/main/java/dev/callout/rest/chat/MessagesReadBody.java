package dev.callout.rest.chat;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "MessagesRead")
public record MessagesReadBody(int markedRead, int unreadCount) {
}
