package dev.callout.application.chat;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.user.Actor;

/**
 * The caller's job threads, most recent activity first. Only a job's parties have its thread, so
 * an admin, never a party, has none.
 */
public interface ListConversationsUseCase {

    Page<Conversation> list(Actor actor, PageRequest page);
}
