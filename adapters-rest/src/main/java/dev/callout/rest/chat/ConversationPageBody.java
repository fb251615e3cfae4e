package dev.callout.rest.chat;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of conversations. */
@Serdeable
@Schema(name = "ConversationPage")
public record ConversationPageBody(List<ConversationBody> data, PageMetaBody meta) {
}
