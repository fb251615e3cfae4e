package dev.callout.domain.chat;

import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A chat message in a job's thread; {@code readAt} is when the other party read it. */
public record Message(String id, JobId jobId, UserId senderId, String content, String imageFileId, Instant sentAt,
                     Instant readAt) {

    public static final String PREFIX = "msg";
    public static final int MAX_CONTENT_LENGTH = 2000;

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sentAt, "sentAt");
        if (content.length() > MAX_CONTENT_LENGTH) {
            throw new IllegalArgumentException("message longer than " + MAX_CONTENT_LENGTH);
        }
        if (content.isBlank() && imageFileId == null) {
            throw new IllegalArgumentException("a message has text or an image");
        }
    }

    public static String nextId(IdGenerator ids) {
        return ids.next(PREFIX);
    }
}
