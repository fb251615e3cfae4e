package dev.callout.rest.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "MessageRequest")
public record SendMessageBody(@Nullable String content, @Nullable String imageFileId) {
}
