package dev.callout.rest.profile.chayenity;

import dev.callout.application.FieldErrors;
import dev.callout.application.PageRequest;
import dev.callout.application.account.GetUserUseCase;
import dev.callout.application.catalog.ListCategoriesUseCase;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.job.JobRules;
import dev.callout.application.payment.GetPaymentUseCase;
import dev.callout.application.payment.ListPaymentsUseCase;
import dev.callout.application.payment.ListPaymentsUseCase.Totals;
import dev.callout.application.payment.PaymentResult;
import dev.callout.application.payment.QuoteFeeUseCase;
import dev.callout.application.payment.QuoteFeeUseCase.FeeQuote;
import dev.callout.application.payment.QuoteFeeUseCase.QuoteFeeCommand;
import dev.callout.application.payment.ReleasePaymentUseCase;
import dev.callout.domain.job.Job;
import dev.callout.domain.money.Money;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.payment.CreatePaymentBody;
import dev.callout.rest.payment.PaymentBody;
import dev.callout.rest.payment.PaymentController;
import dev.callout.rest.payment.PaymentResults;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chayenity's payments at /api/transactions: escrow is the core's card hold for the gig's price
 * (its {@code mock_payment} is the offline gateway's card), released to the helper less the gig
 * category's service fee by the core's release. Every amount is the core's {@link Money}.
 */
@Hidden
@Requires(property = "callout.profile", value = "chayenity")
@Controller(Wire.BASE + "/transactions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChayenityTransactionController {

    static final String MOCK_PAYMENT = "mock_payment";

    private final CurrentActor currentActor;
    private final PaymentController canonical;
    private final GetPaymentUseCase payments;
    private final ReleasePaymentUseCase release;
    private final ListPaymentsUseCase history;
    private final QuoteFeeUseCase fees;
    private final GetJobUseCase jobs;
    private final GetUserUseCase users;
    private final ListCategoriesUseCase categories;
    private final JobRules rules;

    public ChayenityTransactionController(CurrentActor currentActor, PaymentController canonical, GetPaymentUseCase payments,
                                          ReleasePaymentUseCase release, ListPaymentsUseCase history, QuoteFeeUseCase fees,
                                          GetJobUseCase jobs, GetUserUseCase users, ListCategoriesUseCase categories,
                                          JobRules rules) {
        this.currentActor = currentActor;
        this.canonical = canonical;
        this.payments = payments;
        this.release = release;
        this.history = history;
        this.fees = fees;
        this.jobs = jobs;
        this.users = users;
        this.categories = categories;
        this.rules = rules;
    }

    @Serdeable
    record Escrow(@Nullable String gigId, @Nullable String paymentMethod) {
    }

    /** Accepted and not kept, as the document says; still bounded like every other reason. */
    @Serdeable
    record Release(@Nullable String releaseReason) {
        static final int MAX_REASON_LENGTH = 500;
    }

    @Serdeable
    record FeeRequest(@Nullable BigDecimal baseAmount) {
    }

    @Serdeable
    record Transaction(String id, String gigId, String payerId, String payeeId, BigDecimal amount, BigDecimal serviceFee,
                       BigDecimal netAmount, String currency, String status, String paymentMethod, String transactionRef,
                       String createdAt, String completedAt, String gigTitle, String payerName, String payeeName) {
    }

    @Serdeable
    record Listed(String id, String gigId, BigDecimal amount, BigDecimal serviceFee, BigDecimal netAmount, String currency,
                  String status, String createdAt, String completedAt, String gigTitle, String payerName, String payeeName) {
    }

    @Serdeable
    record Released(String message, ReleasedTransaction transaction) {
    }

    @Serdeable
    record ReleasedTransaction(String id, String status, String completedAt, BigDecimal netAmount) {
    }

    @Serdeable
    record History(List<Listed> transactions, long totalCount, BigDecimal totalPaid, BigDecimal totalReceived,
                   String currency) {
    }

    @Serdeable
    record Fee(BigDecimal baseAmount, BigDecimal serviceFeeRate, BigDecimal serviceFeeAmount, BigDecimal netAmount,
               String currency) {
    }

    /** The canonical card payment of the gig ({@code POST /api/v1/payments}), answered as a transaction. */
    @Post("/escrow")
    public HttpResponse<?> escrow(Authentication authentication, @Body Escrow body) {
        if (body.gigId() == null || !MOCK_PAYMENT.equals(body.paymentMethod())) {
            throw ApiError.validation(Map.of(body.gigId() == null ? "gig_id" : "payment_method",
                    body.gigId() == null ? "is required" : "must be " + MOCK_PAYMENT));
        }
        HttpResponse<?> paid = canonical.create(authentication, new CreatePaymentBody(
                ChayenityGigController.gigId(body.gigId()).value(), PaymentMethod.CARD.wireName(), null, null), null);
        if (!(paid.body() instanceof PaymentBody created)) {
            return paid;
        }
        Actor actor = currentActor.of(authentication);
        Payment held = payments.get(actor, new PaymentId(created.id())).orElseThrow(ChayenityTransactionController::notFound);
        return HttpResponse.status(paid.status()).body(transaction(actor, held));
    }

    /** The core's release; releasing what was released before is Chayenity's TRANSACTION_NOT_PENDING. */
    @Put("/{transactionId}/release")
    public HttpResponse<?> release(Authentication authentication, @PathVariable String transactionId,
                                   @Nullable @Body Release body) {
        new FieldErrors().maxLength(body == null ? null : body.releaseReason(), Release.MAX_REASON_LENGTH, "release_reason")
                .throwIfAny();
        PaymentId id = Uuids.toId(transactionId, PaymentId.PREFIX).map(PaymentId::new)
                .orElseThrow(ChayenityTransactionController::notFound);
        PaymentResult result = release.release(currentActor.of(authentication), id);
        if (result instanceof PaymentResult.AlreadyReleased) {
            throw ChayenityErrors.notPending();
        }
        return PaymentResults.answer(result, HttpStatus.OK, notFound(), released -> new Released("Payment released successfully",
                new ReleasedTransaction(Uuids.of(released.id().value()), status(released), completedAt(released),
                        released.split().net().amount())));
    }

    /** The caller's payments as payer or payee, with what they paid and received in the deployment's currency. */
    @Get("/history/my{?skip,limit}")
    public History mine(Authentication authentication, @Nullable @QueryValue Integer skip, @Nullable @QueryValue Integer limit) {
        Actor actor = currentActor.of(authentication);
        Wire.Slice<Payment> slice = Wire.slice(skip, limit, 20, page -> history.list(actor, page).payments());
        Currency currency = currency();
        Totals totals = history.list(actor, new PageRequest(1, 1)).totals().stream().filter(total -> total.paid().currency().equals(currency)).findFirst()
                .orElse(new Totals(Money.zero(currency), Money.zero(currency)));
        List<Listed> listed = slice.items().stream().map(payment -> {
            Transaction full = transaction(actor, payment);
            return new Listed(full.id(), full.gigId(), full.amount(), full.serviceFee(), full.netAmount(), full.currency(),
                    full.status(), full.createdAt(), full.completedAt(), full.gigTitle(), full.payerName(), full.payeeName());
        }).toList();
        return new History(listed, slice.totalCount(), totals.paid().amount(), totals.received().amount(),
                currency.getCurrencyCode());
    }

    /** The gig category's service fee on an amount in its currency (THB), rounded half-up to the satang. */
    @Post("/calculate-fee")
    public Fee calculateFee(@Body FeeRequest body) {
        if (body.baseAmount() == null) {
            throw ApiError.validation(Map.of("base_amount", "is required"));
        }
        return switch (fees.quote(new QuoteFeeCommand(body.baseAmount(), null, rules.defaultCategory()))) {
            case FeeQuote.Quoted quoted -> new Fee(quoted.split().amount().amount(), quoted.rate().fraction(),
                    quoted.split().fee().amount(), quoted.split().net().amount(),
                    quoted.split().amount().currency().getCurrencyCode());
            case FeeQuote.Invalid invalid -> throw ApiError.validation(Map.of("base_amount",
                    invalid.fields().values().iterator().next()));
        };
    }

    private Transaction transaction(Actor actor, Payment payment) {
        Optional<Job> job = jobs.get(actor, payment.jobId());
        return new Transaction(Uuids.of(payment.id().value()), Uuids.of(payment.jobId().value()),
                Uuids.of(payment.customerId().value()), Uuids.of(payment.providerId().value()), payment.amount().amount(),
                payment.split().fee().amount(), payment.split().net().amount(),
                payment.amount().currency().getCurrencyCode(), status(payment), MOCK_PAYMENT,
                "TXN-" + payment.id().value().substring(payment.id().value().indexOf('_') + 1), Wire.time(payment.createdAt()),
                completedAt(payment), job.map(found -> Optional.ofNullable(found.details().title())
                        .orElse(found.details().description())).orElse(null),
                name(payment.customerId()), name(payment.providerId()));
    }

    /** The deployment's currency: the default (gig) category's. */
    private Currency currency() {
        return categories.all().stream().filter(category -> category.code().equals(rules.defaultCategory())).findFirst()
                .map(category -> category.pricing().currency()).orElseThrow(() -> new IllegalStateException(
                        "callout.jobs.default-category names no category"));
    }

    private String name(UserId id) {
        return users.byId(id).map(User::name).orElse(null);
    }

    /** PENDING while the money is held, COMPLETED once released, else the core's own status in capitals. */
    private static String status(Payment payment) {
        return switch (payment.status()) {
            case PENDING, AUTHORIZED, CAPTURED -> "PENDING";
            default -> payment.status().name();
        };
    }

    private static String completedAt(Payment payment) {
        return payment.released() ? Wire.time(payment.updatedAt()) : null;
    }

    private static ApiError notFound() {
        return ApiError.notFound("RESOURCE_NOT_FOUND", "Transaction not found");
    }
}
