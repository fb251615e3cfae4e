package dev.callout.rest.profile.orders;

import dev.callout.application.FieldErrors;
import dev.callout.application.PageRequest;
import dev.callout.application.catalog.CatalogUseCase.ServiceWithPackages;
import dev.callout.application.idempotency.OnCommit;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.job.JobView;
import dev.callout.application.job.ListJobsUseCase;
import dev.callout.application.job.ListJobsUseCase.ListJobsQuery;
import dev.callout.application.job.MoneyInput;
import dev.callout.application.job.OrderJobUseCase;
import dev.callout.application.job.OrderJobUseCase.OrderCommand;
import dev.callout.application.job.OrderRequest;
import dev.callout.application.payment.CreatePaymentUseCase;
import dev.callout.application.payment.CreatePaymentUseCase.CreatePaymentCommand;
import dev.callout.application.payment.GetPaymentUseCase;
import dev.callout.application.payment.PaymentResult;
import dev.callout.application.payment.ReconcilePaymentUseCase;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.PaymentRejection;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.job.JobResults;
import dev.callout.rest.payment.PaymentResults;
import dev.callout.rest.profile.orders.OrdersBodies.ClientSecretAnswer;
import dev.callout.rest.profile.orders.OrdersBodies.ConfirmAnswer;
import dev.callout.rest.profile.orders.OrdersBodies.ConfirmRequest;
import dev.callout.rest.profile.orders.OrdersBodies.CreateIntentRequest;
import dev.callout.rest.profile.orders.OrdersBodies.OrderBody;
import dev.callout.rest.profile.orders.OrdersBodies.OrderDetailsAnswer;
import dev.callout.rest.profile.orders.OrdersBodies.OrderPlacedAnswer;
import dev.callout.rest.profile.orders.OrdersBodies.PlaceOrderRequest;
import dev.callout.rest.profile.orders.OrdersBodies.OrdersAnswer;
import dev.callout.rest.profile.orders.OrdersBodies.PaymentIntentBody;
import dev.callout.rest.profile.orders.OrdersBodies.ProgressBody;
import dev.callout.rest.profile.orders.OrdersBodies.StepBody;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 004's orders and payments. An order is a job ordered from a catalog package; its payment is
 * a card payment held through the gateway, which the core opens as the order is placed under this
 * profile's policy ({@code callout.payments.cards-held-from-posting}), so placing answers its intent.
 */
@Controller("/api")
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "callout.profile", value = "orders")
public class OrdersOrderController {

    /** How far each step of the way from requested to completed is. */
    private static final Map<JobStatus, Integer> PERCENT = Map.of(JobStatus.REQUESTED, 0, JobStatus.ACCEPTED, 25,
            JobStatus.EN_ROUTE, 50, JobStatus.IN_PROGRESS, 75, JobStatus.COMPLETED, 100);

    private final CurrentActor currentActor;
    private final OrdersCatalogController catalog;
    private final OrderJobUseCase order;
    private final GetJobUseCase get;
    private final ListJobsUseCase list;
    private final CreatePaymentUseCase pay;
    private final GetPaymentUseCase payments;
    private final ReconcilePaymentUseCase reconcile;

    public OrdersOrderController(CurrentActor currentActor, OrdersCatalogController catalog, OrderJobUseCase order,
                                 GetJobUseCase get, ListJobsUseCase list, CreatePaymentUseCase pay,
                                 GetPaymentUseCase payments, ReconcilePaymentUseCase reconcile) {
        this.currentActor = currentActor;
        this.catalog = catalog;
        this.order = order;
        this.get = get;
        this.list = list;
        this.pay = pay;
        this.payments = payments;
        this.reconcile = reconcile;
    }

    @Post("/orders")
    @Secured("customer")
    public HttpResponse<OrderPlacedAnswer> place(Authentication authentication, @Body @Valid PlaceOrderRequest body) {
        new FieldErrors().notBlank(body.serviceId(), "serviceId").notBlank(body.packageId(), "packageId").throwIfAny();
        ServiceWithPackages service = catalog.service(body.serviceId())
                .orElseThrow(() -> ApiError.validation(Map.of("serviceId", "no such service")));
        if (service.packages().stream().noneMatch(p -> p.id().equals(body.packageId()))) {
            throw ApiError.validation(Map.of("packageId", "is not a package of this service"));
        }
        Actor actor = currentActor.of(authentication);
        return JobResults.answer(order.order(new OrderCommand(actor, new OrderRequest(
                body.packageId(), body.details(), null, body.location() == null ? null : body.location().toPlace(), null,
                Urgency.IMMEDIATE, null, false, null, null, List.of())), OnCommit.nothing()), placed -> {
            JobView view = ordered(actor, placed.id().value());
            return HttpResponse.created(new OrderPlacedAnswer(OrderBody.of(view.job(), view.order()),
                    PaymentIntentBody.of(payments.liveForJob(actor, placed.id()).orElse(null))));
        });
    }

    /** The caller's orders, newest first: a customer's own, a provider's assigned and open ones, all for admins. */
    @Get("/orders{?page,limit}")
    public OrdersAnswer list(Authentication authentication, @Nullable @QueryValue Integer page,
                             @Nullable @QueryValue Integer limit) {
        Actor actor = currentActor.of(authentication);
        PageRequest request = new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
        return new OrdersAnswer(list.list(new ListJobsQuery(actor, null, null, request).orders()).items().stream()
                .map(job -> get.view(actor, job.id()))
                .flatMap(Optional::stream)
                .filter(view -> view.order() != null)
                .map(view -> OrderBody.of(view.job(), view.order()))
                .toList());
    }

    @Get("/orders/{id}")
    public OrderDetailsAnswer details(Authentication authentication, @PathVariable String id) {
        JobView view = ordered(currentActor.of(authentication), id);
        List<TimelineEntry> timeline = view.timeline() == null ? List.of() : view.timeline();
        int percent = timeline.stream().mapToInt(entry -> PERCENT.getOrDefault(entry.status(), 0)).max().orElse(0);
        return new OrderDetailsAnswer(OrderBody.of(view.job(), view.order()), view.job().status().wireName(),
                new ProgressBody(percent, timeline.stream().map(StepBody::of).toList()));
    }

    /** The order's card payment; asked again (as an order holding its card is), the payment it has. */
    @Post("/payments/create-intent")
    @Secured("customer")
    public HttpResponse<?> createIntent(Authentication authentication, @Body CreateIntentRequest body) {
        new FieldErrors().notBlank(body.orderId(), "orderId").require(body.amount() != null, "amount", "is required")
                .throwIfAny();
        Actor actor = currentActor.of(authentication);
        JobId orderId = ordered(actor, body.orderId()).job().id();
        PaymentResult opened = pay.create(new CreatePaymentCommand(actor, orderId, PaymentMethod.CARD,
                new MoneyInput(body.amount(), null)));
        PaymentResult result = opened instanceof PaymentResult.Refused refused && refused.reason() == PaymentRejection.ALREADY_PAID
                ? payments.liveForJob(actor, orderId).<PaymentResult>map(PaymentResult.Ok::new).orElse(opened) : opened;
        return PaymentResults.answer(result, HttpStatus.OK, PaymentResults.jobNotFound(), OrdersOrderController::secretOf);
    }

    private static ClientSecretAnswer secretOf(Payment payment) {
        if (payment.clientSecret() == null) {
            throw new ApiError(HttpStatus.CONFLICT, "PAYMENT_PENDING",
                    "the payment has no client secret yet (the gateway has not answered, or it is not a card payment); retry");
        }
        return new ClientSecretAnswer(payment.clientSecret());
    }

    @Post("/payments/confirm")
    public HttpResponse<?> confirm(Authentication authentication, @Body ConfirmRequest body) {
        new FieldErrors().notBlank(body.paymentIntentId(), "paymentIntentId").singleLine(body.paymentIntentId(), 255,
                "paymentIntentId").throwIfAny();
        Actor actor = currentActor.of(authentication);
        return PaymentResults.answer(reconcile.reconcile(actor, body.paymentIntentId()), HttpStatus.OK,
                PaymentResults.notFound(), payment -> {
                    JobView view = ordered(actor, payment.jobId().value());
                    return new ConfirmAnswer(payment.status().wireName(), OrderBody.of(view.job(), view.order()));
                });
    }

    /** The order as the caller may see it; a plain job, a malformed id or another's order is not found. */
    private JobView ordered(Actor actor, String id) {
        return (Prefixed.matches(id, JobId.PREFIX) ? get.view(actor, new JobId(id)) : Optional.<JobView>empty())
                .filter(view -> view.order() != null)
                .orElseThrow(() -> ApiError.notFound("ORDER_NOT_FOUND", "order not found"));
    }
}
