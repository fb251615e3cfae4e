package dev.callout.rest.chat;

import dev.callout.application.PageRequest;
import dev.callout.application.chat.Conversation;
import dev.callout.application.chat.Conversation.Participant;
import dev.callout.application.chat.ListConversationsUseCase;
import dev.callout.rest.body.PageBody;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;

/** The caller's job threads (Chayenity's chat rooms): one per job a provider holds, for its two parties. */
@Controller("/api/v1/conversations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Chat")
public class ConversationController {

    private final CurrentActor currentActor;
    private final ListConversationsUseCase conversations;

    public ConversationController(CurrentActor currentActor, ListConversationsUseCase conversations) {
        this.currentActor = currentActor;
        this.conversations = conversations;
    }

    @Serdeable
    @Schema(name = "Participant")
    public record ParticipantBody(String id, String name,
                                  @Nullable @Schema(description = "the user's profile image (GET /files/{id}); null until profiles have images")
                                  String profileImageFileId) {
        static ParticipantBody of(Participant participant) {
            return new ParticipantBody(participant.id().value(), participant.name(), participant.profileImageFileId());
        }
    }

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

    @Get("{?page,limit}")
    @Operation(summary = "Your job threads, most recent activity first, with the last message and your unread count",
            description = "A job has a thread once a provider took it, messages or not. Only its customer and provider have it: "
                    + "admins, never parties, get an empty list.")
    public PageBody<ConversationBody> list(Authentication authentication, @Nullable @QueryValue Integer page,
                                           @Nullable @QueryValue Integer limit) {
        PageRequest request = new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
        return PageBody.of(conversations.list(currentActor.of(authentication), request), ConversationBody::of);
    }
}
