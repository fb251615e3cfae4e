package dev.callout.application.chat;

import dev.callout.application.PageRequest;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.Messages;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Transactions;
import dev.callout.domain.chat.Message;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

public final class ChatService implements ChatUseCase {

    /** A party's typing, published to the other party and never stored. */
    public static final String TYPING = "typing";

    private final Messages messages;
    private final Jobs jobs;
    private final StoredFiles files;
    private final Outbox outbox;
    private final LiveEvents live;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    public ChatService(Messages messages, Jobs jobs, StoredFiles files, Outbox outbox, LiveEvents live,
                       Transactions transactions, Clock clock, IdGenerator ids) {
        this.messages = messages;
        this.jobs = jobs;
        this.files = files;
        this.outbox = outbox;
        this.live = live;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public ThreadResult thread(Actor actor, JobId jobId, PageRequest page) {
        // admins read every thread (a dispute's review needs it); only the parties write, type or mark read
        return jobs.byId(jobId).filter(job -> job.isParty(actor) || actor.is(Role.ADMIN))
                .<ThreadResult>map(job -> new ThreadResult.Found(messages.thread(jobId, page), messages.unread(jobId, actor.id())))
                .orElseGet(ThreadResult.NotFound::new);
    }

    @Override
    public SendResult send(SendMessageCommand command) {
        Optional<Job> job = partyJob(command.actor(), command.jobId());
        ChatRefusal refusal = writable(job);
        if (refusal != ChatRefusal.NONE) {
            return new SendResult.Refused(refusal);
        }
        if (command.imageFileId() != null && files.byId(command.imageFileId())
                .filter(file -> file.ownerId().equals(command.actor().id()))
                .filter(file -> file.jobId() == null || file.jobId().equals(command.jobId()))
                .isEmpty()) {
            return new SendResult.Refused(ChatRefusal.IMAGE_NOT_FOUND);
        }
        Message message = new Message(Message.nextId(ids), command.jobId(), command.actor().id(), command.content(),
                command.imageFileId(), clock.instant(), null);
        boolean sent = transactions.inTransaction(() -> {
            if (!messages.add(message)) {
                return false; // the job or the image was deleted since it was checked
            }
            outbox.record(List.of(new MessageReceived(message, job.get().customerId(), job.get().providerId())));
            return true;
        });
        if (sent) {
            return new SendResult.Sent(message);
        }
        return new SendResult.Refused(jobs.byId(command.jobId()).isPresent() ? ChatRefusal.IMAGE_NOT_FOUND : ChatRefusal.JOB_NOT_FOUND);
    }

    @Override
    public OptionalInt markRead(Actor actor, JobId jobId) {
        return partyJob(actor, jobId).map(job -> OptionalInt.of(messages.markRead(jobId, actor.id(), clock.instant())))
                .orElse(OptionalInt.empty());
    }

    @Override
    public ChatRefusal typing(Actor actor, JobId jobId, boolean typing) {
        Optional<Job> job = partyJob(actor, jobId);
        ChatRefusal refusal = writable(job);
        if (refusal == ChatRefusal.NONE) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("job_id", jobId.value());
            fields.put("user_id", actor.id().value());
            fields.put("is_typing", typing);
            Job found = job.get();
            fields.put("recipient_id", (actor.id().equals(found.customerId()) ? found.providerId() : found.customerId()).value());
            live.publish(new LiveEvents.LiveEvent(TYPING, fields));
        }
        return refusal;
    }

    private Optional<Job> partyJob(Actor actor, JobId jobId) {
        return jobs.byId(jobId).filter(job -> job.isParty(actor));
    }

    private static ChatRefusal writable(Optional<Job> job) {
        if (job.isEmpty()) {
            return ChatRefusal.JOB_NOT_FOUND;
        }
        if (!Conversation.acceptsMessages(job.get().status())) {
            return ChatRefusal.JOB_CLOSED;
        }
        return job.get().providerId() == null ? ChatRefusal.JOB_NOT_ASSIGNED : ChatRefusal.NONE;
    }
}
