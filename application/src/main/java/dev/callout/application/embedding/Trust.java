package dev.callout.application.embedding;

import dev.callout.application.chat.ChatService;
import dev.callout.application.chat.ChatUseCase;
import dev.callout.application.chat.ListConversationsService;
import dev.callout.application.chat.ListConversationsUseCase;
import dev.callout.application.dispute.DisputeService;
import dev.callout.application.dispute.DisputesUseCase;
import dev.callout.application.dispute.PaymentDisputeRefunds;
import dev.callout.application.favorite.FavoriteService;
import dev.callout.application.favorite.FavoritesUseCase;
import dev.callout.application.file.FileService;
import dev.callout.application.file.ReadFilesUseCase;
import dev.callout.application.file.UploadFileUseCase;
import dev.callout.application.notification.NotificationService;
import dev.callout.application.notification.NotificationsUseCase;
import dev.callout.application.payment.RefundPaymentUseCase;
import dev.callout.application.profile.GetProviderProfileUseCase;
import dev.callout.application.profile.ProviderProfileService;
import dev.callout.application.review.ReadReviewsUseCase;
import dev.callout.application.review.ReviewService;
import dev.callout.application.review.WriteReviewUseCase;

/**
 * The trust and conversation use cases of a {@link CalloutCore}: chat and the list of a user's
 * threads, files, reviews, favourites, disputes (refunds through the core's payments) and
 * notifications, which {@link CalloutCore#runDueWork()} makes from committed events.
 */
public record Trust(ChatUseCase chat, ListConversationsUseCase conversations, UploadFileUseCase uploadFile,
                    ReadFilesUseCase readFiles, WriteReviewUseCase writeReview, ReadReviewsUseCase readReviews,
                    GetProviderProfileUseCase providerProfiles, FavoritesUseCase favorites, DisputesUseCase disputes,
                    NotificationsUseCase notifications) {

    static Trust over(CalloutPorts p, RefundPaymentUseCase refunds) {
        TrustPorts t = p.trust;
        ListConversationsUseCase conversations = t.conversations == null
                ? (actor, page) -> {
                    throw CalloutPorts.unavailable("conversations");
                }
                : new ListConversationsService(t.conversations);
        FileService files = new FileService(p.files, t.fileContents, p.jobs, t.disputes, t.messages, p.users, t.fileLimits,
                p.clock, p.ids);
        ReviewService reviews = new ReviewService(t.reviews, p.jobs, t.reviewPolicy, p.clock, p.ids);
        return new Trust(
                new ChatService(t.messages, p.jobs, p.files, p.outbox, p.live, p.transactions, p.clock, p.ids),
                conversations,
                files,
                files,
                reviews,
                reviews,
                new ProviderProfileService(p.users, t.reviews, p.jobs, p.presences, p.clock),
                new FavoriteService(p.favorites, p.users, p.presences, t.reviews, p.clock, p.ids),
                new DisputeService(t.disputes, p.jobs, p.files, new PaymentDisputeRefunds(p.payments, refunds), p.outbox,
                        p.timeline, p.transactions, p.clock, p.ids, t.disputeWindow),
                new NotificationService(t.notifications));
    }
}
