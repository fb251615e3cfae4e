package dev.callout.rest.profile.bluework;

import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.Place;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.user.User;
import dev.callout.rest.body.PageMetaBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** BlueWork's request and response bodies, in its words; money is a JSON number in the currency's decimals. */
final class BlueWorkBodies {

    private BlueWorkBodies() {
    }

    /** {@code {"data": [...]}}: a list BlueWork does not page. */
    @Serdeable
    record Listed<T>(List<T> data) {
    }

    @Serdeable
    record Register(@Nullable String role, @Nullable String name, @Nullable String email, @Nullable String phone,
                    @Nullable String password, @Nullable List<String> skills) {
    }

    @Serdeable
    record Registered(Account user, String message) {
    }

    @Serdeable
    record Phone(@Nullable String phone) {
    }

    @Serdeable
    record Otp(@Nullable String phone, @Nullable String otp) {
    }

    @Serdeable
    record CodeSent(String message, long expiresIn) {
    }

    @Serdeable
    record Login(@Nullable String identifier, @Nullable String password) {
    }

    @Serdeable
    record Refresh(@Nullable String refreshToken) {
    }

    /**
     * The tokens, and the user on sign-in and on an OTP verification; a worker's verification answers null tokens
     * with the user {@code pending_approval}, since they sign in once approved.
     */
    @Serdeable
    record Tokens(@Nullable String accessToken, @Nullable String refreshToken, @Nullable Long expiresIn, @Nullable Account user) {
    }

    @Serdeable
    record Email(@Nullable String email) {
    }

    @Serdeable
    record Reset(@Nullable String email, @Nullable String token, @Nullable String password) {
    }

    @Serdeable
    record Message(String message) {
    }

    /** A user object; {@code skills} is a worker's categories (empty for others). */
    @Serdeable
    record Account(String id, String role, String name, @Nullable String email, @Nullable String phone, String status,
                   List<String> skills, Instant createdAt) {

        static Account of(User user) {
            return new Account(user.id().value(), BlueWorkWords.role(user.role()), user.name(), user.email(), user.phone(),
                    user.status().wireName(), user.categories().stream().sorted().toList(), user.createdAt());
        }
    }

    @Serdeable
    record AccountStatusChange(@Nullable String status, @Nullable String note) {
    }

    @Serdeable
    record Availability(@Nullable String status) {
    }

    @Serdeable
    record AvailabilityStatus(String availabilityStatus) {
    }

    @Serdeable
    record Position(@Nullable Double lat, @Nullable Double lng) {
    }

    @Serdeable
    record PositionUpdated(Instant updatedAt) {
    }

    @Serdeable
    record NearbyWorker(String id, String name, String category, BigDecimal distanceKm, @Nullable BigDecimal rating,
                        String availabilityStatus, double lat, double lng) {
    }

    @Serdeable
    record WorkerProfile(String id, String name, List<String> skills, @Nullable BigDecimal rating, long completedJobs,
                         String availabilityStatus) {
    }

    @Serdeable
    record Location(@Nullable String address, @Nullable Double lat, @Nullable Double lng) {

        static Location of(Place place) {
            return new Location(place.address(), place.point().lat(), place.point().lng());
        }
    }

    @Serdeable
    record NewJob(@Nullable String category, @Nullable String description, @Nullable Location location,
                  @Nullable String urgency, @Nullable Instant scheduledAt) {
    }

    @Serdeable
    record Party(String id, @Nullable String name) {
    }

    /** A job object; {@code price} is what the core priced it at (BlueWork's document has no price, its payments do). */
    @Serdeable
    record JobObject(String id, String status, String category, @Nullable String description, List<String> photos,
                     Location location, String urgency, @Nullable Instant scheduledAt, BigDecimal price, String currency,
                     Party customer, @Nullable Party worker, Instant createdAt, @Nullable Instant acceptedAt,
                     @Nullable Instant startedAt, @Nullable Instant completedAt, @Nullable Instant cancelledAt) {
    }

    /** The URLs of a job's new photos, where {@code GET /files/:id} serves them. */
    @Serdeable
    record Photos(List<String> photos) {
    }

    @Serdeable
    record StatusChange(@Nullable String status, @Nullable String reason) {
    }

    @Serdeable
    record Initiate(@Nullable String jobId, @Nullable String method, @Nullable BigDecimal amount, @Nullable String currency) {
    }

    /** A payment as {@code POST /payments/initiate} and {@code GET /payments/:id} answer it. */
    @Serdeable
    record PaymentObject(String id, String jobId, String status, String method, BigDecimal amount, String currency,
                         @Nullable String paymentUrl, @Nullable String clientSecret, @Nullable Instant expiresAt,
                         @Nullable String gatewayTransactionId, @Nullable Instant paidAt) {

        static PaymentObject of(Payment payment, String status, boolean toCustomer) {
            Money amount = payment.amount();
            return new PaymentObject(payment.id().value(), payment.jobId().value(), status, payment.method().wireName(),
                    amount.amount(), amount.currency().getCurrencyCode(),
                    toCustomer && payment.checkout() != null ? payment.checkout().url() : null,
                    toCustomer ? payment.clientSecret() : null,
                    payment.checkout() == null ? null : payment.checkout().expiresAt(), payment.intentId(), payment.capturedAt());
        }
    }

    @Serdeable
    record CashConfirmed(String status, Instant confirmedAt) {
    }

    @Serdeable
    record RefundRequest(@Nullable BigDecimal amount, @Nullable String reason) {
    }

    @Serdeable
    record RefundIssued(String refundId, BigDecimal amount, String status, String estimatedReturn) {
    }

    @Serdeable
    record NewMessage(@Nullable String content) {
    }

    @Serdeable
    record ChatMessage(String id, String senderId, @Nullable String senderName, String content, Instant sentAt) {
    }

    @Serdeable
    record ProfileChange(@Nullable String name, @Nullable String email, @Nullable String phone) {
    }

    @Serdeable
    record NotificationObject(String id, String type, String title, String body, Map<String, String> payload, boolean read,
                              Instant createdAt) {
    }

    @Serdeable
    record Read(String id, boolean read) {
    }

    @Serdeable
    record MarkedRead(int markedRead) {
    }

    @Serdeable
    record NewDispute(@Nullable String jobId, @Nullable String reason, @Nullable List<String> evidencePhotos) {
    }

    @Serdeable
    record DisputeDecision(@Nullable String status, @Nullable String resolution, @Nullable String action,
                           @Nullable BigDecimal amount) {
    }

    @Serdeable
    record DisputeObject(String id, String jobId, String status, String raisedBy, String reason, @Nullable String resolution,
                         @Nullable String action, @Nullable String resolvedBy, Instant createdAt, @Nullable Instant resolvedAt) {
    }

    @Serdeable
    record EarningsSummary(BigDecimal totalEarned, BigDecimal pendingPayout, String currency) {
    }

    @Serdeable
    record EarningEntry(String jobId, BigDecimal amount, String method, Instant paidAt) {
    }

    @Serdeable
    record Earnings(EarningsSummary summary, List<EarningEntry> data, PageMetaBody meta) {
    }

    /** {@code photos}: every photo of the job the reader may see ({@code ReadFilesUseCase.jobPhotos}), as their URLs. */
    static JobObject job(Job job, List<StoredFile> photos, String customerName, String workerName) {
        Money price = job.price().total();
        return new JobObject(job.id().value(), BlueWorkWords.status(job.status()), job.details().category(),
                job.details().description(), photos.stream().map(photo -> fileUrl(photo.id())).toList(),
                Location.of(job.details().location()), job.details().urgency().wireName(), job.details().scheduledAt(),
                price.amount(), price.currency().getCurrencyCode(), new Party(job.customerId().value(), customerName),
                job.providerId() == null ? null : new Party(job.providerId().value(), workerName), job.createdAt(),
                job.acceptedAt(), job.startedAt(), job.completedAt(), job.cancelledAt());
    }

    static String fileUrl(String fileId) {
        return "/api/v1/files/" + fileId;
    }
}
