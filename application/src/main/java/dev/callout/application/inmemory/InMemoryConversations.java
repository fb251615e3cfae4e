package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.chat.Conversation.Participant;
import dev.callout.application.chat.Conversation;
import dev.callout.application.port.Categories;
import dev.callout.application.port.Conversations;
import dev.callout.application.port.Users;
import dev.callout.domain.chat.Message;
import dev.callout.domain.job.Job;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Threads computed from the in-memory jobs and messages on each read, as PostgreSQL computes them. */
public final class InMemoryConversations implements Conversations {

    private static final Comparator<Message> LATEST = Comparator.comparing(Message::sentAt).thenComparing(Message::id);
    private static final Comparator<Conversation> MOST_RECENT_FIRST = Comparator.comparing(Conversation::lastActivityAt)
            .thenComparing(conversation -> conversation.jobId().value()).reversed();

    private final InMemoryJobs jobs;
    private final InMemoryMessages messages;
    private final Users users;
    private final Categories categories;

    public InMemoryConversations(InMemoryJobs jobs, InMemoryMessages messages, Users users, Categories categories) {
        this.jobs = jobs;
        this.messages = messages;
        this.users = users;
        this.categories = categories;
    }

    @Override
    public Page<Conversation> of(UserId party, PageRequest page) {
        return Pages.of(jobs.all().stream()
                .filter(job -> job.providerId() != null && (party.equals(job.customerId()) || party.equals(job.providerId())))
                .map(job -> conversation(job, party))
                .sorted(MOST_RECENT_FIRST)
                .toList(), page);
    }

    private Conversation conversation(Job job, UserId reader) {
        List<Message> thread = messages.ofJob(job.id());
        Message last = thread.stream().max(LATEST).orElse(null);
        int unread = (int) thread.stream().filter(message -> !message.senderId().equals(reader) && message.readAt() == null).count();
        Instant activity = last != null && last.sentAt().isAfter(job.acceptedAt()) ? last.sentAt() : job.acceptedAt();
        String category = categories.byCode(job.details().category()).map(Category::name).orElseThrow();
        return new Conversation(job.id(), Conversation.title(job.details().title(), job.details().description(), category), job.status(),
                List.of(participant(job.customerId()), participant(job.providerId())),
                last == null ? null : last.content(), last == null ? null : last.sentAt(), unread, activity);
    }

    private Participant participant(UserId id) {
        User user = users.byId(id).orElseThrow();
        return new Participant(id, user.name(), user.profile().imageFileId());
    }
}
