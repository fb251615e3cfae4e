package dev.callout.application.chat;

import dev.callout.application.FieldErrors;
import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.chat.Message;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.Actor;
import java.util.Objects;

/**
 * A job's chat, for its two parties (admins read it too): paged history with the reader's unread count, send
 * (text up to 2,000 characters and optionally one of the sender's own images), mark read, and
 * typing indicators (relayed live, never stored). Once the job is completed, cancelled or expired
 * the thread is read-only.
 */
public interface ChatUseCase {

    ThreadResult thread(Actor actor, JobId jobId, PageRequest page);

    SendResult send(SendMessageCommand command);

    /** How many messages became read, or empty when the caller is not a party. */
    java.util.OptionalInt markRead(Actor actor, JobId jobId);

    ChatRefusal typing(Actor actor, JobId jobId, boolean typing);

    record SendMessageCommand(Actor actor, JobId jobId, String content, String imageFileId) {
        public SendMessageCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(jobId, "jobId");
            content = content == null ? "" : content.strip();
            imageFileId = imageFileId == null || imageFileId.isBlank() ? null : imageFileId;
            new FieldErrors()
                    .require(!content.isEmpty() || imageFileId != null, "content", "is required (or an image_file_id)")
                    .freeText(content, Message.MAX_CONTENT_LENGTH, "content")
                    .singleLine(imageFileId, Prefixed.MAX_LENGTH, "image_file_id")
                    .throwIfAny();
        }
    }

    /** Why a chat action was refused; {@code NONE} when it was not. */
    enum ChatRefusal {
        NONE,
        /** No such job, or the caller is not one of its parties. */
        JOB_NOT_FOUND,
        /** The job is completed, cancelled or expired: the thread is read-only. */
        JOB_CLOSED,
        /** No provider has the job yet: nobody to talk to. */
        JOB_NOT_ASSIGNED,
        /** The image is not the sender's own upload (a profile picture or a file of this job). */
        IMAGE_NOT_FOUND
    }

    sealed interface ThreadResult {
        record Found(Page<Message> messages, int unread) implements ThreadResult {
        }

        record NotFound() implements ThreadResult {
        }
    }

    sealed interface SendResult {
        record Sent(Message message) implements SendResult {
        }

        record Refused(ChatRefusal reason) implements SendResult {
        }
    }
}
