package dev.callout.rest.chat;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "MessageThread")
public record ThreadBody(List<MessageBody> data, PageMetaBody meta, int unreadCount) {
}
