package dev.callout.rest.payment;

import dev.callout.application.payment.HandleGatewayEventUseCase;
import dev.callout.application.payment.HandleGatewayEventUseCase.WebhookResult;
import dev.callout.application.port.OfflineCheckout;
import dev.callout.application.port.PaymentGateway;
import dev.callout.rest.error.ApiError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Optional;

/**
 * The offline gateway's hosted payment page, in place of Stripe Checkout when no Stripe key is configured: the
 * amount, and the customer paying or leaving. Either hands the webhook the offline gateway signed to the webhook
 * use case, as Stripe's delivery would, and shows the outcome (it redirects nowhere). As with Stripe's pages, the
 * unguessable session id in the address is the page's only key. With a Stripe key there are no such pages (404).
 */
@Hidden
@Controller(OfflineCheckout.PAGES + "{sessionId}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class OfflineCheckoutController {

    /** The page's forms post to itself; nothing else loads. */
    private static final String POLICY = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final PaymentGateway gateway;
    private final HandleGatewayEventUseCase webhooks;

    public OfflineCheckoutController(PaymentGateway gateway, HandleGatewayEventUseCase webhooks) {
        this.gateway = gateway;
        this.webhooks = webhooks;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> page(@PathVariable String sessionId) {
        OfflineCheckout.Page page = pages().page(sessionId).orElseThrow(OfflineCheckoutController::notFound);
        String amount = page.amount().amount().toPlainString() + " " + page.amount().currency().getCurrencyCode();
        String action = OfflineCheckout.PAGES + page.session().id();
        return html(page.open()
                ? "<h1>Pay " + amount + "</h1><p>Offline payment gateway: no money moves.</p>"
                + "<form method=\"post\" action=\"" + action + "/pay\"><button>Pay " + amount + "</button></form>"
                + "<form method=\"post\" action=\"" + action + "/cancel\"><button>Cancel</button></form>"
                : "<h1>This payment page is closed</h1><p>It was paid, cancelled or expired.</p>");
    }

    @Post("/pay")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> pay(@PathVariable String sessionId) {
        return delivered(sessionId, pages().pay(sessionId));
    }

    @Post("/cancel")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> cancel(@PathVariable String sessionId) {
        return delivered(sessionId, pages().leave(sessionId));
    }

    private HttpResponse<String> delivered(String sessionId, Optional<OfflineCheckout.SignedEvent> event) {
        OfflineCheckout pages = pages();
        if (event.isEmpty()) {
            throw pages.page(sessionId).isEmpty() ? notFound()
                    : new ApiError(HttpStatus.CONFLICT, "PAYMENT_PAGE_CLOSED", "the payment page was paid, cancelled or expired");
        }
        WebhookResult result = webhooks.handle(event.get().payload(), event.get().signature());
        if (result instanceof WebhookResult.Refused || result instanceof WebhookResult.Unreadable) {
            throw new IllegalStateException("the offline gateway's own event was not accepted: " + result);
        }
        return html(event.get().paid() ? "<h1>Paid</h1><p>You may close this page.</p>"
                : "<h1>Closed</h1><p>Nothing was paid; the payment can be made again.</p>");
    }

    private OfflineCheckout pages() {
        if (gateway instanceof OfflineCheckout offline) {
            return offline;
        }
        throw notFound();
    }

    private static HttpResponse<String> html(String body) {
        return HttpResponse.ok("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Callout payment</title>"
                + "</head><body>" + body + "</body></html>").contentType(MediaType.TEXT_HTML_TYPE).header("Content-Security-Policy", POLICY);
    }

    private static ApiError notFound() {
        return new ApiError(HttpStatus.NOT_FOUND, "PAYMENT_PAGE_NOT_FOUND", "no such payment page");
    }
}
