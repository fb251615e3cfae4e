package dev.callout.rest.chat;

import dev.callout.application.PageRequest;
import dev.callout.application.chat.ListConversationsUseCase;
import dev.callout.rest.body.Pages;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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

    @Get("{?page,limit}")
    @Operation(summary = "Your job threads, most recent activity first, with the last message and your unread count",
            description = "A job has a thread once a provider took it, messages or not. Only its customer and provider have it: "
                    + "admins, never parties, get an empty list.")
    public ConversationPageBody list(Authentication authentication, @Nullable @QueryValue Integer page,
                                           @Nullable @QueryValue Integer limit) {
        PageRequest request = new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
        return Pages.of(conversations.list(currentActor.of(authentication), request), ConversationBody::of, ConversationPageBody::new);
    }
}
