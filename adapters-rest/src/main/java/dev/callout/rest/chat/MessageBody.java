package dev.callout.rest.chat;

import dev.callout.domain.chat.Message;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

@Serdeable
@Schema(name = "ChatMessage")
public record MessageBody(String id, String jobId, String senderId, String content, String imageFileId,
                          String imageUrl, Instant sentAt, Instant readAt) {
    public static MessageBody of(Message message) {
        return new MessageBody(message.id(), message.jobId().value(), message.senderId().value(), message.content(),
                message.imageFileId(), message.imageFileId() == null ? null : "/api/v1/files/" + message.imageFileId(),
                message.sentAt(), message.readAt());
    }
}
