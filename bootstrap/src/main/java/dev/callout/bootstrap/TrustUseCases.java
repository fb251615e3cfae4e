package dev.callout.bootstrap;

import dev.callout.application.chat.ChatService;
import dev.callout.application.chat.ChatUseCase;
import dev.callout.application.chat.ListConversationsService;
import dev.callout.application.chat.ListConversationsUseCase;
import dev.callout.application.development.RecordingPushSender;
import dev.callout.application.dispute.DisputeRefunds;
import dev.callout.application.dispute.DisputeService;
import dev.callout.application.dispute.DisputesUseCase;
import dev.callout.application.dispute.PaymentDisputeRefunds;
import dev.callout.application.favorite.FavoriteService;
import dev.callout.application.favorite.FavoritesUseCase;
import dev.callout.application.file.FileLimits;
import dev.callout.application.file.FileService;
import dev.callout.application.file.ReadFilesUseCase;
import dev.callout.application.file.SweepOrphanedFilesService;
import dev.callout.application.file.SweepOrphanedFilesUseCase;
import dev.callout.application.file.UploadFileUseCase;
import dev.callout.application.notification.NotificationService;
import dev.callout.application.notification.NotificationsUseCase;
import dev.callout.application.notification.NotifyOnEvents;
import dev.callout.application.notification.PushOnNotification;
import dev.callout.application.payment.RefundPaymentUseCase;
import dev.callout.application.port.Conversations;
import dev.callout.application.port.Disputes;
import dev.callout.application.port.Favorites;
import dev.callout.application.port.FileContents;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.Messages;
import dev.callout.application.port.Notifications;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Payments;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.PushSender;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.application.profile.GetProviderProfileUseCase;
import dev.callout.application.profile.ProviderProfileService;
import dev.callout.application.review.ReadReviewsUseCase;
import dev.callout.application.review.ReviewService;
import dev.callout.application.review.WriteReviewUseCase;
import dev.callout.application.job.JobRules;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.review.ReviewPolicy;
import dev.callout.persistence.FilesystemFileContents;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Trust and conversation: files (bytes under the data directory), reviews, favourites, disputes
 * (refunds through the payments' refund use case), notifications from the event relay with a
 * recording push sender unless another {@link PushSender} bean is provided, and job chat with
 * the list of a user's threads.
 */
@Factory
class TrustUseCases {

    @Singleton
    FileLimits fileLimits(TrustSettings settings) {
        return settings.fileLimits();
    }

    /** {@code callout.trust.files-directory}, else {@code files} under the data directory. */
    @Singleton
    FileContents fileContents(TrustSettings settings, DataDirectorySettings data) {
        Path directory = settings.getFilesDirectory() != null ? Path.of(settings.getFilesDirectory())
                : data.directory().resolve("files");
        return new FilesystemFileContents(directory);
    }

    @Singleton
    FileService files(StoredFiles files, FileContents contents, Jobs jobs, Disputes disputes, Messages messages, Users users,
                      FileLimits limits, Clock clock, IdGenerator ids) {
        return new FileService(files, contents, jobs, disputes, messages, users, limits, clock, ids);
    }

    @Singleton
    SweepOrphanedFilesUseCase sweepOrphanedFiles(StoredFiles files, FileContents contents, Clock clock) {
        return new SweepOrphanedFilesService(files, contents, clock);
    }

    @Singleton
    UploadFileUseCase uploadFile(FileService files) {
        return files;
    }

    @Singleton
    ReadFilesUseCase readFiles(FileService files) {
        return files;
    }

    @Singleton
    ReviewService reviews(Reviews reviews, Jobs jobs, TrustSettings settings, Clock clock, IdGenerator ids) {
        return new ReviewService(reviews, jobs, new ReviewPolicy(settings.getReviewWindow(), settings.isReviewsDoubleBlind()), clock, ids);
    }

    @Singleton
    WriteReviewUseCase writeReview(ReviewService reviews) {
        return reviews;
    }

    @Singleton
    ReadReviewsUseCase readReviews(ReviewService reviews) {
        return reviews;
    }

    @Singleton
    GetProviderProfileUseCase providerProfiles(Users users, Reviews reviews, Jobs jobs, ProviderPresences presences,
                                               Clock clock) {
        return new ProviderProfileService(users, reviews, jobs, presences, clock);
    }

    @Singleton
    FavoritesUseCase favorites(Favorites favorites, Users users, ProviderPresences presences, Reviews reviews, Clock clock,
                               IdGenerator ids, JobRules jobRules) {
        return new FavoriteService(favorites, users, presences, reviews, clock, ids, jobRules.posters());
    }

    @Singleton
    DisputeRefunds disputeRefunds(Payments payments, RefundPaymentUseCase refunds) {
        return new PaymentDisputeRefunds(payments, refunds);
    }

    @Singleton
    DisputesUseCase disputes(Disputes disputes, Jobs jobs, StoredFiles files, DisputeRefunds refunds, Outbox outbox,
                             JobTimeline timeline, Transactions transactions, Clock clock, IdGenerator ids,
                             TrustSettings settings) {
        return new DisputeService(disputes, jobs, files, refunds, outbox, timeline, transactions, clock, ids,
                settings.getDisputeWindow());
    }

    @Singleton
    NotificationsUseCase notifications(Notifications notifications) {
        return new NotificationService(notifications);
    }

    /** Served by the event relay: committed events become notifications. */
    @Singleton
    NotifyOnEvents notifyOnEvents(Notifications notifications, Users users, Outbox outbox, Transactions transactions,
                                  Clock clock, IdGenerator ids) {
        return new NotifyOnEvents(notifications, users, outbox, transactions, clock, ids);
    }

    @Singleton
    @Requires(missingBeans = PushSender.class)
    RecordingPushSender recordingPushSender() {
        return new RecordingPushSender();
    }

    @Singleton
    PushOnNotification pushOnNotification(PushSender push) {
        return new PushOnNotification(push);
    }

    @Singleton
    ChatUseCase chat(Messages messages, Jobs jobs, StoredFiles files, Outbox outbox, LiveEvents live,
                     Transactions transactions, Clock clock, IdGenerator ids) {
        return new ChatService(messages, jobs, files, outbox, live, transactions, clock, ids);
    }

    @Singleton
    ListConversationsUseCase conversations(Conversations conversations) {
        return new ListConversationsService(conversations);
    }
}
