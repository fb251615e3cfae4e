package dev.callout.application.chat;

import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A job's chat thread as one of its parties sees it in their list (Chayenity's chat rooms): the job,
 * its parties, the last message, how many messages the reader has not read, and when the thread
 * last moved (its last message, else when the provider took the job). A job has a thread once a
 * provider holds it; before that nobody is there to talk to.
 */
public record Conversation(JobId jobId, String title, JobStatus status, List<Participant> participants, String lastMessage,
                           Instant lastMessageAt, int unreadCount, Instant lastActivityAt) {

    private static final int TITLE_LENGTH = 80;

    public Conversation {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        participants = List.copyOf(participants);
    }

    /** The thread still takes messages: the job is not completed, cancelled or expired (a dispute keeps it open). */
    public boolean isActive() {
        return acceptsMessages(status);
    }

    public static boolean acceptsMessages(JobStatus status) {
        return status != JobStatus.COMPLETED && status != JobStatus.CANCELLED && status != JobStatus.NO_PROVIDER_FOUND;
    }

    /**
     * What a thread is called: the job's own title, else the first line of its description (at
     * most 80 characters), else the category's name.
     */
    public static String title(String jobTitle, String description, String categoryName) {
        if (jobTitle != null) {
            return jobTitle;
        }
        String firstLine = description == null ? "" : description.strip().lines().findFirst().orElse("").strip();
        if (firstLine.isEmpty()) {
            return categoryName;
        }
        return firstLine.codePointCount(0, firstLine.length()) <= TITLE_LENGTH ? firstLine
                : firstLine.substring(0, firstLine.offsetByCodePoints(0, TITLE_LENGTH - 1)) + "…";
    }

    /** One party of the thread. */
    public record Participant(UserId id, String name, String profileImageFileId) {

        public Participant {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
