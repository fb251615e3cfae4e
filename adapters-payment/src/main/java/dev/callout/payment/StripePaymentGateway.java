package dev.callout.payment;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountRetrieveParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionExpireParams;
import dev.callout.application.payment.ConnectedAccount;
import dev.callout.application.payment.GatewayResult;
import dev.callout.application.payment.NewIntent;
import dev.callout.application.payment.NewRefund;
import dev.callout.application.payment.RefundState;
import dev.callout.application.port.PaymentGateway;
import dev.callout.domain.payment.CheckoutSession;
import dev.callout.domain.payment.IntentSnapshot;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.payment.RefundStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Stripe through stripe-java. Every write carries the caller's idempotency key, and every retry
 * (stripe-java's own on network errors, ours on rate limits with exponential backoff) reuses it,
 * so Stripe performs each operation once. Card declines become {@code Declined}, invalid requests
 * {@code Rejected}, and anything without an answer {@code Unavailable}; a wrong API key is a
 * configuration fault and throws.
 */
public final class StripePaymentGateway implements PaymentGateway {

    private static final System.Logger LOG = System.getLogger(StripePaymentGateway.class.getName());

    private final StripeClient stripe;
    private final CheckoutPages pages;
    private final int rateLimitAttempts;
    private final Duration rateLimitBackoff;

    /**
     * @param apiBase           Stripe's API address; null for https://api.stripe.com (tests point it at a local server)
     * @param rateLimitAttempts tries per call when Stripe answers 429, the first included
     * @param rateLimitBackoff  wait before the second try, doubled for each further one
     * @param pages             the hosted payment pages' addresses and lifetime
     */
    public StripePaymentGateway(String secretKey, String apiBase, int rateLimitAttempts, Duration rateLimitBackoff,
                                CheckoutPages pages) {
        Objects.requireNonNull(secretKey, "secretKey");
        this.pages = Objects.requireNonNull(pages, "pages");
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(secretKey).setMaxNetworkRetries(2)
                .setConnectTimeout(10_000).setReadTimeout(30_000);
        if (apiBase != null) {
            builder.setApiBase(apiBase);
        }
        this.stripe = builder.build();
        this.rateLimitAttempts = Math.max(1, rateLimitAttempts);
        this.rateLimitBackoff = rateLimitBackoff;
    }

    @Override
    public boolean supports(PaymentMethod method) {
        return method == PaymentMethod.CARD;
    }

    @Override
    public GatewayResult<IntentSnapshot> createIntent(NewIntent intent) {
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(intent.amount().minor())
                .setCurrency(StripeIntents.currency(intent.amount()))
                .addPaymentMethodType("card")
                .setCaptureMethod(intent.manualCapture() ? PaymentIntentCreateParams.CaptureMethod.MANUAL
                        : PaymentIntentCreateParams.CaptureMethod.AUTOMATIC)
                .putMetadata(StripeIntents.PAYMENT_ID, intent.paymentId().value())
                .putMetadata(StripeIntents.JOB_ID, intent.jobId().value());
        if (intent.destinationAccount() != null) {
            params.setTransferData(PaymentIntentCreateParams.TransferData.builder()
                            .setDestination(intent.destinationAccount()).build())
                    .setApplicationFeeAmount(intent.applicationFee().minor());
        }
        return call(intent.idempotencyKey(), options -> StripeIntents.snapshot(
                stripe.v1().paymentIntents().create(params.build(), options)));
    }

    /**
     * A Checkout Session in payment mode for the one amount, cards only; its PaymentIntent gets the same capture,
     * destination, fee and metadata as {@link #createIntent}'s, so its webhooks name the payment too.
     */
    @Override
    public GatewayResult<CheckoutSession> createCheckout(NewIntent intent, Instant openedAt) {
        if (pages.successUrl() == null) {
            return new GatewayResult.Rejected<>("checkout_not_configured", "callout.payments.checkout-success-url is not set");
        }
        SessionCreateParams.PaymentIntentData.Builder held = SessionCreateParams.PaymentIntentData.builder()
                .setCaptureMethod(intent.manualCapture() ? SessionCreateParams.PaymentIntentData.CaptureMethod.MANUAL
                        : SessionCreateParams.PaymentIntentData.CaptureMethod.AUTOMATIC)
                .putMetadata(StripeIntents.PAYMENT_ID, intent.paymentId().value())
                .putMetadata(StripeIntents.JOB_ID, intent.jobId().value());
        if (intent.destinationAccount() != null) {
            held.setTransferData(SessionCreateParams.PaymentIntentData.TransferData.builder()
                    .setDestination(intent.destinationAccount()).build())
                    .setApplicationFeeAmount(intent.applicationFee().minor());
        }
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addPaymentMethodType(SessionCreateParams.PaymentMethodType.CARD)
                .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(StripeIntents.currency(intent.amount()))
                                .setUnitAmount(intent.amount().minor())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName("Job " + intent.jobId().value()).build())
                                .build())
                        .build())
                .setPaymentIntentData(held.build())
                .setClientReferenceId(intent.paymentId().value())
                .putMetadata(StripeIntents.PAYMENT_ID, intent.paymentId().value())
                .putMetadata(StripeIntents.JOB_ID, intent.jobId().value())
                .setSuccessUrl(pages.successUrl())
                .setExpiresAt(openedAt.plus(pages.lifetime()).getEpochSecond());
        if (pages.cancelUrl() != null) {
            params.setCancelUrl(pages.cancelUrl());
        }
        return call(intent.idempotencyKey(), options -> {
            Session session = stripe.v1().checkout().sessions().create(params.build(), options);
            return new CheckoutSession(session.getId(), session.getUrl(), Instant.ofEpochSecond(session.getExpiresAt()));
        });
    }

    @Override
    public GatewayResult<String> expireCheckout(String sessionId, String idempotencyKey) {
        return call(idempotencyKey, options -> stripe.v1().checkout().sessions()
                .expire(sessionId, SessionExpireParams.builder().build(), options).getId());
    }

    @Override
    public GatewayResult<IntentSnapshot> capture(String intentId, String idempotencyKey) {
        return call(idempotencyKey, options -> StripeIntents.snapshot(
                stripe.v1().paymentIntents().capture(intentId, PaymentIntentCaptureParams.builder().build(), options)));
    }

    @Override
    public GatewayResult<IntentSnapshot> cancel(String intentId, String idempotencyKey) {
        return call(idempotencyKey, options -> StripeIntents.snapshot(
                stripe.v1().paymentIntents().cancel(intentId, PaymentIntentCancelParams.builder().build(), options)));
    }

    @Override
    public GatewayResult<IntentSnapshot> retrieve(String intentId) {
        return call(null, options -> StripeIntents.snapshot(stripe.v1().paymentIntents().retrieve(intentId,
                (com.stripe.param.PaymentIntentRetrieveParams) null, options)));
    }

    @Override
    public GatewayResult<RefundState> refund(NewRefund refund) {
        RefundCreateParams.Builder params = RefundCreateParams.builder()
                .setPaymentIntent(refund.intentId())
                .setAmount(refund.amount().minor());
        if (refund.reason() != null) {
            params.putMetadata("reason", refund.reason());
        }
        if (refund.reverseTransfer()) {
            params.setReverseTransfer(true).setRefundApplicationFee(true);
        }
        return call(refund.idempotencyKey(), options -> {
            Refund created = stripe.v1().refunds().create(params.build(), options);
            return new RefundState(created.getId(), refundStatus(created.getStatus()));
        });
    }

    /** Charges may name the account as their destination once its {@code transfers} capability is active. */
    @Override
    public GatewayResult<ConnectedAccount> connectedAccount(String accountId) {
        return call(null, options -> {
            Account account = stripe.v1().accounts().retrieve(accountId, (AccountRetrieveParams) null, options);
            boolean transfers = account.getCapabilities() != null && "active".equals(account.getCapabilities().getTransfers());
            return new ConnectedAccount(account.getId(), transfers);
        });
    }

    private static RefundStatus refundStatus(String status) {
        return switch (status) {
            case "succeeded" -> RefundStatus.SUCCEEDED;
            case "failed", "canceled" -> RefundStatus.FAILED;
            default -> RefundStatus.PENDING; // pending, requires_action
        };
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T run(RequestOptions options) throws StripeException;
    }

    private <T> GatewayResult<T> call(String idempotencyKey, StripeCall<T> work) {
        RequestOptions options = idempotencyKey == null ? RequestOptions.getDefault()
                : RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
        Duration wait = rateLimitBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return new GatewayResult.Done<>(work.run(options));
            } catch (CardException e) {
                String code = e.getDeclineCode() != null ? e.getDeclineCode() : e.getCode();
                return new GatewayResult.Declined<>(code == null ? "card_declined" : code, e.getStripeError() == null
                        ? "the card was declined" : e.getStripeError().getMessage());
            } catch (RateLimitException e) {
                if (attempt >= rateLimitAttempts) {
                    return new GatewayResult.Unavailable<>("Stripe rate limit: " + e.getMessage());
                }
                pause(wait);
                wait = wait.multipliedBy(2);
            } catch (InvalidRequestException | IdempotencyException | PermissionException e) {
                return new GatewayResult.Rejected<>(e.getCode() == null ? "invalid_request" : e.getCode(),
                        e.getStripeError() == null ? e.getMessage() : e.getStripeError().getMessage());
            } catch (AuthenticationException e) {
                throw new IllegalStateException("Stripe refused the configured secret key (callout.stripe.secret-key)", e);
            } catch (ApiConnectionException e) {
                return new GatewayResult.Unavailable<>("Stripe could not be reached: " + e.getMessage());
            } catch (StripeException e) {
                LOG.log(System.Logger.Level.WARNING, "Stripe answered " + e.getStatusCode() + ": " + e.getMessage());
                return new GatewayResult.Unavailable<>("Stripe error " + e.getStatusCode() + ": " + e.getMessage());
            }
        }
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off from Stripe's rate limit", e);
        }
    }
}
