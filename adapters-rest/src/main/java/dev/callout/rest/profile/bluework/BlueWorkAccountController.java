package dev.callout.rest.profile.bluework;

import dev.callout.application.PageRequest;
import dev.callout.application.account.DeleteAccountUseCase;
import dev.callout.application.account.UpdateProfileUseCase;
import dev.callout.application.account.UpdateProfileUseCase.UpdateProfileCommand;
import dev.callout.application.account.UpdateProfileUseCase.UpdateResult;
import dev.callout.application.analytics.Figures;
import dev.callout.application.analytics.GetAnalyticsUseCase;
import dev.callout.application.analytics.JobFigures;
import dev.callout.application.analytics.PaymentFigures;
import dev.callout.application.catalog.ListCategoriesUseCase;
import dev.callout.application.notification.NotificationsUseCase;
import dev.callout.application.payment.GetEarningsUseCase;
import dev.callout.application.payment.GetEarningsUseCase.Earnings;
import dev.callout.domain.money.Money;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.payment.LedgerEntry;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.user.Actor;
import dev.callout.rest.body.PageBody;
import dev.callout.rest.body.QueryInstant;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import dev.callout.rest.security.RateLimited;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BlueWork's own account (§2 /users/me), a worker's earnings (§3), notifications (§6, the appendix's types) and
 * the admin's analytics (§9), each over the core's use case.
 */
@Hidden
@Controller("/api/v1")
@Requires(property = "callout.profile", value = "bluework")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BlueWorkAccountController {

    /** The core's notification types where BlueWork's appendix names them otherwise. */
    private static final Map<String, String> TYPES = Map.of("provider_approved", "worker_approved",
            "account_suspended", "worker_suspended", "job_no_provider", "job_no_worker", "job_provider_withdrew", "job_cancelled");

    private final CurrentActor currentActor;
    private final UpdateProfileUseCase updateProfile;
    private final DeleteAccountUseCase deleteAccount;
    private final GetEarningsUseCase earnings;
    private final NotificationsUseCase notifications;
    private final GetAnalyticsUseCase analytics;
    private final ListCategoriesUseCase categories;

    BlueWorkAccountController(CurrentActor currentActor, UpdateProfileUseCase updateProfile, DeleteAccountUseCase deleteAccount,
                              GetEarningsUseCase earnings, NotificationsUseCase notifications, GetAnalyticsUseCase analytics,
                              ListCategoriesUseCase categories) {
        this.currentActor = currentActor;
        this.updateProfile = updateProfile;
        this.deleteAccount = deleteAccount;
        this.earnings = earnings;
        this.notifications = notifications;
        this.analytics = analytics;
        this.categories = categories;
    }

    /** A new email or phone applies once verified with the code sent there (POST /auth/otp/verify). */
    @Patch("/users/me")
    HttpResponse<?> updateMe(Authentication authentication, @Body BlueWorkBodies.ProfileChange body) {
        UpdateProfileCommand command = new UpdateProfileCommand(currentActor.user(authentication).id(), body.name(), body.email(),
                body.phone());
        return switch (updateProfile.update(command)) {
            case UpdateResult.Updated updated -> HttpResponse.ok(BlueWorkBodies.Account.of(updated.user()));
            case UpdateResult.EmailTaken taken ->
                    new ApiError(HttpStatus.CONFLICT, "EMAIL_TAKEN", "Email in use by another account").response();
            case UpdateResult.PhoneTaken taken ->
                    new ApiError(HttpStatus.CONFLICT, "PHONE_TAKEN", "Phone in use by another account").response();
            case UpdateResult.TooSoon tooSoon ->
                    new RateLimited("RATE_LIMITED", "A code was sent there moments ago; retry later.", tooSoon.retryAfter()).response();
            case UpdateResult.NotFound notFound -> ApiError.notFound("USER_NOT_FOUND", "No user with that ID").response();
            case UpdateResult.ProfileImageNotFound image -> throw new IllegalStateException("BlueWork sets no profile image");
            case UpdateResult.NotAProfileImage image -> throw new IllegalStateException("BlueWork sets no profile image");
        };
    }

    /** The account is deleted at once and its sessions end; its personal data go after the grace period. */
    @Delete("/users/me")
    BlueWorkBodies.Message deleteMe(Authentication authentication) {
        deleteAccount.delete(currentActor.user(authentication).id());
        return new BlueWorkBodies.Message("Account deletion request submitted.");
    }

    @Get("/workers/me/earnings{?from,to,page,limit}")
    @Secured("provider")
    BlueWorkBodies.Earnings earnings(Authentication authentication, @Nullable @QueryValue String from,
                                     @Nullable @QueryValue String to, @Nullable @QueryValue Integer page,
                                     @Nullable @QueryValue Integer limit) {
        Actor worker = currentActor.of(authentication);
        Earnings found = earnings.earnings(worker, QueryInstant.start(from, "from"), QueryInstant.end(to, "to"), page(page, limit));
        PageBody<BlueWorkBodies.EarningEntry> entries = PageBody.of(found.entries(), BlueWorkAccountController::entry);
        BlueWorkBodies.EarningsSummary summary = found.summary().stream().findFirst()
                .map(first -> new BlueWorkBodies.EarningsSummary(first.totalEarned().amount(), first.pendingPayout().amount(),
                        first.totalEarned().currency().getCurrencyCode()))
                .orElseGet(() -> nothingEarned(worker));
        return new BlueWorkBodies.Earnings(summary, entries.data(), entries.meta());
    }

    /** The document always shows a summary: a worker who earned nothing yet has zeroes in the currency of their skills. */
    private BlueWorkBodies.EarningsSummary nothingEarned(Actor worker) {
        Currency currency = categories.all().stream().filter(category -> worker.categories().contains(category.code()))
                .findFirst().or(() -> categories.all().stream().findFirst())
                .map(category -> category.pricing().currency()).orElseThrow();
        BigDecimal zero = Money.zero(currency).amount();
        return new BlueWorkBodies.EarningsSummary(zero, zero, currency.getCurrencyCode());
    }

    @Get("/notifications{?read,page,limit}")
    PageBody<BlueWorkBodies.NotificationObject> notifications(Authentication authentication, @Nullable @QueryValue Boolean read,
                                                             @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        return PageBody.of(notifications.list(currentActor.of(authentication), read, page(page, limit)),
                BlueWorkAccountController::notification);
    }

    @Patch("/notifications/{id}/read")
    HttpResponse<?> markRead(Authentication authentication, @PathVariable String id) {
        return notifications.markRead(currentActor.of(authentication), id)
                .<HttpResponse<?>>map(found -> HttpResponse.ok(new BlueWorkBodies.Read(found.id(), true)))
                .orElseGet(() -> ApiError.notFound("NOTIFICATION_NOT_FOUND", "No notification with that ID").response());
    }

    @Patch("/notifications/read-all")
    BlueWorkBodies.MarkedRead markAllRead(Authentication authentication) {
        return new BlueWorkBodies.MarkedRead(notifications.markAllRead(currentActor.of(authentication)));
    }

    /** As BlueWork's example: the period as instants, rates and money as JSON numbers, the main currency's volume. */
    @Get("/admin/analytics{?from,to}")
    @Secured("admin")
    HttpResponse<?> analytics(Authentication authentication, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        Actor admin = currentActor.of(authentication);
        return analytics.summary(admin, QueryInstant.start(from, "from"), QueryInstant.end(to, "to"))
                .<HttpResponse<?>>map(summary -> HttpResponse.ok(figures(summary)))
                .orElseGet(() -> new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "Admins only.").response());
    }

    private static Map<String, Object> figures(GetAnalyticsUseCase.Summary summary) {
        Figures figures = summary.figures();
        JobFigures jobs = figures.jobs();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("period", Map.of("from", summary.period().from().toString(), "to", summary.period().to().toString()));
        Map<String, Object> jobsBody = new LinkedHashMap<>();
        jobsBody.put("total", jobs.total());
        jobsBody.put("completed", jobs.completed());
        jobsBody.put("cancelled", jobs.cancelled());
        jobsBody.put("disputed", jobs.disputed());
        jobsBody.put("completion_rate", jobs.completionRate());
        answer.put("jobs", jobsBody);
        answer.put("users", Map.of("active_customers", figures.users().activeCustomers(),
                "active_workers", figures.users().activeWorkers(), "new_registrations", figures.users().newRegistrations()));
        Map<String, Object> payments = new LinkedHashMap<>();
        PaymentFigures main = figures.mainCurrency().orElse(null);
        payments.put("total_volume", main == null ? null : main.volume().amount());
        payments.put("currency", main == null ? null : main.currency().getCurrencyCode());
        payments.put("success_rate", figures.paymentSuccessRate());
        answer.put("payments", payments);
        answer.put("avg_job_acceptance_time_seconds", jobs.averageAcceptanceSeconds());
        return answer;
    }

    private static BlueWorkBodies.EarningEntry entry(LedgerEntry entry) {
        return new BlueWorkBodies.EarningEntry(entry.jobId().value(), entry.amount().amount(),
                entry.method() == null ? null : entry.method().wireName(), entry.at());
    }

    private static BlueWorkBodies.NotificationObject notification(Notification notification) {
        return new BlueWorkBodies.NotificationObject(notification.id(), TYPES.getOrDefault(notification.type(), notification.type()),
                notification.title().replace("provider", "worker"), notification.body().replace("provider", "worker"),
                payload(notification), notification.read(), notification.createdAt());
    }

    /** The payload in BlueWork's words: {@code worker_id}, and a job's or a payment's status as its own routes say it. */
    private static Map<String, String> payload(Notification notification) {
        Map<String, String> payload = new LinkedHashMap<>();
        notification.payload().forEach((key, value) -> payload.put("provider_id".equals(key) ? "worker_id" : key,
                "status".equals(key) ? status(notification.type(), value) : value));
        return payload;
    }

    private static String status(String type, String status) {
        if (type.startsWith("job_")) {
            return JobStatus.fromWireName(status).map(BlueWorkWords::status).orElse(status);
        }
        return type.startsWith("payment_") ? PaymentStatus.fromWireName(status).map(BlueWorkWords::paymentStatus).orElse(status)
                : status;
    }

    private static PageRequest page(Integer page, Integer limit) {
        return new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
    }
}
