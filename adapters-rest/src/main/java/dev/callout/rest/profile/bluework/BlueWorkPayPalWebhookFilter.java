package dev.callout.rest.profile.bluework;

import dev.callout.rest.error.ApiError;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * BlueWork's webhook takes Stripe's or PayPal's callbacks; Callout has no PayPal gateway, so a PayPal-signed one
 * ({@code PayPal-Transmission-Sig}, no {@code Stripe-Signature}) is refused as such before the Stripe route reads it.
 */
@ServerFilter(value = "/api/v1/payments/webhook", methods = HttpMethod.POST)
@Requires(property = "callout.profile", value = "bluework")
class BlueWorkPayPalWebhookFilter implements Ordered {

    private static final String PAYPAL_SIGNATURE = "PayPal-Transmission-Sig";

    @RequestFilter
    @Nullable
    public HttpResponse<?> refusePayPal(HttpRequest<?> request) {
        if (!request.getHeaders().contains(PAYPAL_SIGNATURE) || request.getHeaders().contains("Stripe-Signature")) {
            return null;
        }
        return new ApiError(HttpStatus.BAD_REQUEST, "WEBHOOK_REJECTED",
                "PayPal webhooks are not served: this deployment has no PayPal gateway").response();
    }

    /** After the rate limits and security, as for any other request. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
