package dev.callout.application.embedding;

import dev.callout.application.development.RecordingPushSender;
import dev.callout.application.file.FileLimits;
import dev.callout.application.inmemory.InMemoryNotifications;
import dev.callout.application.inmemory.InMemoryReviews;
import dev.callout.application.port.Conversations;
import dev.callout.application.port.Disputes;
import dev.callout.application.port.FileContents;
import dev.callout.application.port.Messages;
import dev.callout.application.port.Notifications;
import dev.callout.application.port.PushSender;
import dev.callout.application.port.Reviews;
import dev.callout.domain.review.ReviewPolicy;
import java.time.Duration;
import java.util.Objects;

/** The ports and policies of a {@link CalloutCore}'s {@link Trust} use cases, in memory until swapped. */
public final class TrustPorts {

    Messages messages;
    Conversations conversations;
    FileContents fileContents;
    Reviews reviews = new InMemoryReviews();
    Disputes disputes;
    Notifications notifications = new InMemoryNotifications();
    PushSender push = new RecordingPushSender();
    FileLimits fileLimits = FileLimits.DEFAULT;
    ReviewPolicy reviewPolicy = ReviewPolicy.DEFAULT;
    Duration disputeWindow = Duration.ofDays(7);

    TrustPorts() {
    }

    /** Default: in memory, over the core's jobs and stored files. */
    public TrustPorts messages(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
        return this;
    }

    /** Default: computed from the in-memory jobs and messages; set it once those are swapped. */
    public TrustPorts conversations(Conversations conversations) {
        this.conversations = Objects.requireNonNull(conversations);
        return this;
    }

    /** Where uploaded bytes go; default: in memory. */
    public TrustPorts fileContents(FileContents fileContents) {
        this.fileContents = Objects.requireNonNull(fileContents);
        return this;
    }

    public TrustPorts reviews(Reviews reviews) {
        this.reviews = Objects.requireNonNull(reviews);
        return this;
    }

    /** Default: in memory, over the core's stored files. */
    public TrustPorts disputes(Disputes disputes) {
        this.disputes = Objects.requireNonNull(disputes);
        return this;
    }

    public TrustPorts notifications(Notifications notifications) {
        this.notifications = Objects.requireNonNull(notifications);
        return this;
    }

    /** Default: logs and records each push ({@link RecordingPushSender}). */
    public TrustPorts pushSender(PushSender push) {
        this.push = Objects.requireNonNull(push);
        return this;
    }

    public TrustPorts fileLimits(FileLimits fileLimits) {
        this.fileLimits = Objects.requireNonNull(fileLimits);
        return this;
    }

    public TrustPorts reviewPolicy(ReviewPolicy reviewPolicy) {
        this.reviewPolicy = Objects.requireNonNull(reviewPolicy);
        return this;
    }

    /** How long after the work a party may dispute it; default 7 days. */
    public TrustPorts disputeWindow(Duration disputeWindow) {
        this.disputeWindow = Objects.requireNonNull(disputeWindow);
        return this;
    }
}
