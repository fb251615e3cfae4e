package dev.callout.rest.chat;

import dev.callout.application.chat.Conversation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "Conversation")
public record ConversationBody(
        String jobId,
        @Schema(description = "the job's description (its first line, up to 80 characters), else its category's name") String title,
        @Schema(description = "the job's status") String status,
        @Schema(description = "the customer, then the provider") List<ParticipantBody> participants,
        @Nullable @Schema(description = "the last message's text (empty for an image alone); null before the first") String lastMessage,
        @Nullable Instant lastMessageAt,
        @Schema(description = "the last message, else when the provider took the job: what the list is sorted by") Instant lastActivityAt,
        @Schema(description = "messages from the others you have not read") int unreadCount,
        @Schema(description = "the thread still takes messages: the job is not completed, cancelled or expired") boolean isActive) {
    static ConversationBody of(Conversation conversation) {
        return new ConversationBody(conversation.jobId().value(), conversation.title(), conversation.status().wireName(),
                conversation.participants().stream().map(ParticipantBody::of).toList(), conversation.lastMessage(),
                conversation.lastMessageAt(), conversation.lastActivityAt(), conversation.unreadCount(), conversation.isActive());
    }
}
