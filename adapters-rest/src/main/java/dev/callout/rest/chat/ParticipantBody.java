package dev.callout.rest.chat;

import dev.callout.application.chat.Conversation.Participant;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Participant")
public record ParticipantBody(String id, String name,
                              @Nullable @Schema(description = "the user's profile image (GET /files/{id}); null until profiles have images")
                              String profileImageFileId) {
    static ParticipantBody of(Participant participant) {
        return new ParticipantBody(participant.id().value(), participant.name(), participant.profileImageFileId());
    }
}
