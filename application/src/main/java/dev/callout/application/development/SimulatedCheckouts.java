package dev.callout.application.development;

import dev.callout.application.payment.NewIntent;
import dev.callout.domain.payment.CheckoutSession;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated gateway's hosted pages (Stripe Checkout Sessions): each is open for its lifetime, until its customer
 * pays there (which makes its intent) or it expires unpaid (its time ran out, its customer left, or it was expired).
 */
final class SimulatedCheckouts {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A page: what it will make once paid, and the intent it made. */
    private static final class Checkout {
        final CheckoutSession session;
        final NewIntent request;
        String intentId;
        boolean expired;

        Checkout(CheckoutSession session, NewIntent request) {
            this.session = session;
            this.request = request;
        }

        boolean open() {
            return intentId == null && !expired;
        }
    }

    private final String idPrefix;
    private final String pageUrl;
    private final Duration lifetime;
    private final Map<String, Checkout> checkouts = new HashMap<>();
    private long sequence;

    SimulatedCheckouts(String idPrefix, String pageUrl, Duration lifetime) {
        this.idPrefix = idPrefix;
        this.pageUrl = pageUrl;
        this.lifetime = lifetime;
    }

    CheckoutSession open(NewIntent request, Instant openedAt) {
        // as unguessable as Stripe's: the page's address is all its customer needs
        String id = "cs_" + idPrefix + "_" + (++sequence) + "_" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        CheckoutSession session = new CheckoutSession(id, pageUrl + id, openedAt.plus(lifetime));
        checkouts.put(id, new Checkout(session, request));
        return session;
    }

    /** What the page would make if its customer paid now; empty when it is not open (paid, expired, past its time). */
    Optional<NewIntent> payable(String sessionId, Instant now) {
        Checkout checkout = checkouts.get(sessionId);
        return checkout != null && checkout.open() && now.isBefore(checkout.session.expiresAt())
                ? Optional.of(checkout.request) : Optional.empty();
    }

    void paid(String sessionId, String intentId) {
        checkouts.get(sessionId).intentId = intentId;
    }

    /** The open page expires unpaid; false when it was not open. */
    boolean expire(String sessionId) {
        Checkout checkout = checkouts.get(sessionId);
        if (checkout == null || !checkout.open()) {
            return false;
        }
        checkout.expired = true;
        return true;
    }
}
