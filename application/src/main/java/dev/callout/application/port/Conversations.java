package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.chat.Conversation;
import dev.callout.domain.user.UserId;

/**
 * The chat threads of the jobs a user is a party to, computed from the jobs and their messages
 * when read (no counters to drift). A job has a thread while a provider holds it, with or without
 * messages; its participants are the customer, then the provider.
 */
public interface Conversations {

    /**
     * The party's threads, the most recent activity first ({@link Conversation#lastActivityAt}: the
     * last message, else when the provider took the job), then the greater job id; unread counts
     * are the party's own (messages the others sent that it has not read).
     */
    Page<Conversation> of(UserId party, PageRequest page);
}
