package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.chat.Message;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Instant;

/** Jobs' chat threads. */
public interface Messages {

    /**
     * Stores the message; false, and nothing stored, when its job or its image no longer exists
     * (deleted since the caller checked). The image then cannot be deleted.
     */
    boolean add(Message message);

    /** Whether a message shows the file as its image. */
    boolean shows(String fileId);

    /** The job's messages, newest first. */
    Page<Message> thread(JobId jobId, PageRequest page);

    /** Marks every message of the job not sent by {@code reader} and not yet read as read at {@code at}; how many. */
    int markRead(JobId jobId, UserId reader, Instant at);

    /** Messages of the job not sent by {@code reader} and not read yet. */
    int unread(JobId jobId, UserId reader);
}
