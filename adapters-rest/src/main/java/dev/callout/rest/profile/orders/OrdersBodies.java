package dev.callout.rest.profile.orders;

import dev.callout.application.Change;
import dev.callout.domain.catalog.DetailField;
import dev.callout.domain.catalog.Order;
import dev.callout.domain.catalog.Service;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.user.User;
import dev.callout.rest.body.MoneyBody;
import dev.callout.rest.body.PlaceBody;
import dev.callout.rest.file.FileBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.LowerCamelCaseStrategy;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Seed 004's bodies, in its camelCase whatever the canonical API's naming. */
final class OrdersBodies {

    private OrdersBodies() {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record RegisterRequest(@Nullable String email, @Nullable String password, @Nullable String name) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record LoginRequest(@Nullable String email, @Nullable String password) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record RefreshRequest(@Nullable String refreshToken) {
    }

    /** The profile as GET /users/profile shows it, also the {@code user} of the other answers. */
    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record UserBody(String id, String name, @Nullable String email, @Nullable String avatar, @Nullable String bio,
                    Instant joinDate, String role) {
        static UserBody of(User user) {
            return new UserBody(user.id().value(), user.name(), user.email(), FileBody.url(user.profile().imageFileId()),
                    user.profile().bio(), user.createdAt(), user.role().wireName());
        }
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record SessionBody(String accessToken, String tokenType, Instant expiresAt, String refreshToken,
                       Instant refreshExpiresAt) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record SignedInBody(UserBody user, SessionBody session) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record MessageBody(String message) {
    }

    /** A field left out stays; {@code avatar} and {@code bio} null or blank clear it. */
    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record ProfileRequest(@Nullable String name, @Nullable String email, @Nullable Change<String> avatar,
                          @Nullable Change<String> bio) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record ProfileAnswer(UserBody user) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record DetailFieldBody(String name, String type, boolean required, @Nullable List<String> choices) {
        static DetailFieldBody of(DetailField field) {
            return new DetailFieldBody(field.name(), field.type().wireName(), field.required(),
                    field.choices().isEmpty() ? null : field.choices());
        }
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record ServiceBody(String id, String name, @Nullable String description, String category, @Nullable String imageUrl,
                       List<DetailFieldBody> detailsSchema, String status, Instant createdAt, Instant updatedAt) {
        static ServiceBody of(Service service) {
            return new ServiceBody(service.id(), service.name(), service.description(), service.category(),
                    FileBody.url(service.imageFileId()), service.detailsSchema().stream().map(DetailFieldBody::of).toList(),
                    service.status().wireName(), service.createdAt(), service.updatedAt());
        }
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record PackageBody(String id, String serviceId, String name, @Nullable String description, MoneyBody price,
                       int durationMinutes, List<String> features) {
        static PackageBody of(ServicePackage p) {
            return new PackageBody(p.id(), p.serviceId(), p.name(), p.description(), MoneyBody.of(p.price()),
                    p.durationMinutes(), p.features());
        }
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record ServicesAnswer(List<ServiceBody> services) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record ServiceAnswer(ServiceBody service, List<PackageBody> packages) {
    }

    /** {@code location} is this deployment's addition: without it the order is served at the default place. */
    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record PlaceOrderRequest(@Nullable String serviceId, @Nullable String packageId, @Nullable Map<String, Object> details,
                             @Nullable @Valid PlaceBody location) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record OrderBody(String id, String status, String serviceId, String serviceName, String packageId, String packageName,
                     MoneyBody price, int durationMinutes, Map<String, Object> details, String customerId,
                     @Nullable String providerId, Instant createdAt, Instant updatedAt) {
        static OrderBody of(Job job, Order order) {
            return new OrderBody(job.id().value(), job.status().wireName(), order.serviceId(), order.serviceName(),
                    order.packageId(), order.packageName(), MoneyBody.of(order.price()), order.durationMinutes(),
                    order.details().values(), job.customerId().value(),
                    job.providerId() == null ? null : job.providerId().value(), job.createdAt(), job.updatedAt());
        }
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    /** The order's payment as its intent; {@code id} and {@code clientSecret} are null while the gateway has not answered. */
    record PaymentIntentBody(@Nullable String id, @Nullable String clientSecret, MoneyBody amount, String status) {
        static PaymentIntentBody of(Payment payment) {
            return payment == null ? null : new PaymentIntentBody(payment.intentId(), payment.clientSecret(),
                    MoneyBody.of(payment.amount()), payment.status().wireName());
        }
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record OrderPlacedAnswer(OrderBody order, @Nullable PaymentIntentBody paymentIntent) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record OrdersAnswer(List<OrderBody> orders) {
    }

    /** One step reached: its status, when, and who made it ({@code system}: dispatch). */
    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record StepBody(String status, Instant at, String by) {
        static StepBody of(TimelineEntry entry) {
            return new StepBody(entry.status().wireName(), entry.at(),
                    entry.actorRole() == null ? "system" : entry.actorRole().wireName());
        }
    }

    /** How far the order is on the way from requested to completed, and every step so far. */
    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record ProgressBody(int percent, List<StepBody> steps) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record OrderDetailsAnswer(OrderBody order, String status, ProgressBody progress) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record CreateIntentRequest(@Nullable String orderId, @Nullable BigDecimal amount) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record ClientSecretAnswer(String clientSecret) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record ConfirmRequest(@Nullable String paymentIntentId) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record ConfirmAnswer(String status, OrderBody order) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record UploadedAnswer(String url, String id) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record ContentBody(String id, String orderId, String type, String ownerId, String filename, String contentType,
                       long size, Instant uploadedAt) {
        static ContentBody of(StoredFile file) {
            return new ContentBody(file.id(), file.jobId() == null ? null : file.jobId().value(), OrdersContentController.IMAGE,
                    file.ownerId().value(), file.originalName(), file.format().mediaType(), file.size(), file.createdAt());
        }
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record ContentAnswer(ContentBody content, String url) {
    }

    /** An order update: {@code id} is the event's, {@code data.order.id} the order's. */
    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record OrderEvent(@Nullable String id, @Nullable String type, @Nullable OrderEventData data) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record OrderEventData(@Nullable OrderRef order, @Nullable String status) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record OrderRef(@Nullable String id, @Nullable String providerId) {
    }

    @Serdeable(naming = LowerCamelCaseStrategy.class)
    record ReceiptBody(boolean received, String outcome, @Nullable String orderStatus) {
    }
}
