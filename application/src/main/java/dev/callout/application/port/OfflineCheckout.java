package dev.callout.application.port;

import dev.callout.domain.money.Money;
import dev.callout.domain.payment.CheckoutSession;
import java.util.Optional;

/**
 * The offline gateway's own hosted payment page, served by Callout itself in place of Stripe Checkout. The
 * customer pays there or leaves it; each answers the webhook Stripe would send for it, signed as Stripe signs
 * them, for the webhook use case to apply as it applies Stripe's.
 */
public interface OfflineCheckout {

    /** Where Callout serves these pages, each at its session id. */
    String PAGES = "/offline-checkout/";

    /** The page of this session, if the gateway made it. */
    Optional<Page> page(String sessionId);

    /**
     * The customer pays with a good card: {@code checkout.session.completed} ({@code checkout.session.expired} when the
     * page's time ran out); empty when the page is not open.
     */
    Optional<SignedEvent> pay(String sessionId);

    /** The customer leaves the page, or its time ran out: {@code checkout.session.expired}; empty when it is not open. */
    Optional<SignedEvent> leave(String sessionId);

    /** What the page shows: the amount, and whether it can still be paid. */
    record Page(CheckoutSession session, Money amount, boolean open) {
    }

    /** A webhook's type, raw body and {@code Stripe-Signature} header. */
    record SignedEvent(String type, String payload, String signature) {

        public boolean paid() {
            return type.equals("checkout.session.completed");
        }
    }
}
