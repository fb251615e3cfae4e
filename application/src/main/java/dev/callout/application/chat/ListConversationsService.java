package dev.callout.application.chat;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Conversations;
import dev.callout.domain.user.Actor;

public final class ListConversationsService implements ListConversationsUseCase {

    private final Conversations conversations;

    public ListConversationsService(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public Page<Conversation> list(Actor actor, PageRequest page) {
        return conversations.of(actor.id(), page);
    }
}
