package dev.callout.rest.profile.art;

import dev.callout.application.payment.ReconcilePaymentUseCase;
import dev.callout.domain.user.Actor;
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
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * ART's Stripe routes: an intent is the canonical card payment of a request ({@code POST /payments}
 * with method card), and confirming it asks the gateway where the intent stands.
 */
@Controller("/v1/payments")
@Requires(property = "callout.profile", value = "art")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ArtPaymentController {

    private final PaymentController payments;
    private final ReconcilePaymentUseCase reconcile;
    private final CurrentActor currentActor;

    ArtPaymentController(PaymentController payments, ReconcilePaymentUseCase reconcile, CurrentActor currentActor) {
        this.payments = payments;
        this.reconcile = reconcile;
        this.currentActor = currentActor;
    }

    /** The request to pay for and, optionally, its price (which must match). */
    @Serdeable
    record IntentRequestBody(@NotBlank @Size(max = 64) String requestId, @Nullable BigDecimal amount,
                             @Nullable @Size(min = 3, max = 3) String currency) {
    }

    @Post("/intent")
    @Secured("customer")
    HttpResponse<?> intent(Authentication authentication, @Body @Valid IntentRequestBody body,
                           @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        return payments.create(authentication, new CreatePaymentBody(body.requestId(), "card", body.amount(), body.currency()),
                idempotencyKey);
    }

    @Post("/confirm/{intentId}")
    HttpResponse<?> confirm(Authentication authentication, @PathVariable String intentId) {
        if (intentId.length() > 255) {
            return PaymentResults.notFound().response();
        }
        Actor actor = currentActor.of(authentication);
        return PaymentResults.answer(reconcile.reconcile(actor, intentId), HttpStatus.OK, PaymentResults.notFound(),
                payment -> PaymentBody.of(payment, actor));
    }
}
