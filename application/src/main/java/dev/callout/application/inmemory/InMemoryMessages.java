package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Messages;
import dev.callout.application.port.StoredFiles;
import dev.callout.domain.chat.Message;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Messages in a map; a message's job must be in {@code jobs}, and its image in {@code files}, when it is added. */
public final class InMemoryMessages implements Messages {

    private final Map<String, Message> messages = new LinkedHashMap<>();
    private final Jobs jobs;
    private final StoredFiles files;

    public InMemoryMessages(Jobs jobs, StoredFiles files) {
        this.jobs = jobs;
        this.files = files;
    }

    @Override
    public synchronized boolean add(Message message) {
        if (jobs.byId(message.jobId()).isEmpty()
                || message.imageFileId() != null && files.byId(message.imageFileId()).isEmpty()) {
            return false;
        }
        messages.put(message.id(), message);
        return true;
    }

    @Override
    public synchronized boolean shows(String fileId) {
        return messages.values().stream().anyMatch(message -> fileId.equals(message.imageFileId()));
    }

    @Override
    public synchronized Page<Message> thread(JobId jobId, PageRequest page) {
        return Pages.of(messages.values().stream().filter(message -> message.jobId().equals(jobId))
                .sorted(Comparator.comparing(Message::sentAt).thenComparing(Message::id).reversed()).toList(), page);
    }

    @Override
    public synchronized int markRead(JobId jobId, UserId reader, Instant at) {
        List<Message> unread = unreadBy(jobId, reader);
        unread.forEach(message -> messages.put(message.id(), new Message(message.id(), message.jobId(), message.senderId(),
                message.content(), message.imageFileId(), message.sentAt(), at)));
        return unread.size();
    }

    @Override
    public synchronized int unread(JobId jobId, UserId reader) {
        return unreadBy(jobId, reader).size();
    }

    /** The job's messages, in the order they were added. */
    synchronized List<Message> ofJob(JobId jobId) {
        return messages.values().stream().filter(message -> message.jobId().equals(jobId)).toList();
    }

    private List<Message> unreadBy(JobId jobId, UserId reader) {
        return messages.values().stream().filter(message -> message.jobId().equals(jobId)
                && !message.senderId().equals(reader) && message.readAt() == null).toList();
    }

    synchronized void removeJob(JobId jobId) {
        messages.values().removeIf(message -> message.jobId().equals(jobId));
    }
}
