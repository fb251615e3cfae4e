package dev.callout.rest.profile.orders;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.time.Clock;
import java.time.Instant;

/**
 * Seed 004's {@code X-RateLimit-Reset} is the unix time of the reset ({@code 1625097600}); the core's headers say the
 * seconds until it. On the document's routes the seconds become the unix second at which the window has reset.
 */
@ServerFilter("/api/**")
@Requires(property = "callout.profile", value = "orders")
class OrdersRateLimitReset implements Ordered {

    static final String RESET = "X-RateLimit-Reset";

    private final Clock clock;

    OrdersRateLimitReset(Clock clock) {
        this.clock = clock;
    }

    @ResponseFilter
    public void unixTime(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String seconds = response.getHeaders().get(RESET);
        if (seconds == null || request.getPath().startsWith("/api/v1/")) {
            return;
        }
        Instant now = clock.instant();
        // rounded up, as the seconds were: a client that waits until then finds the window reset
        long nowSecond = now.getNano() == 0 ? now.getEpochSecond() : now.getEpochSecond() + 1;
        response.getHeaders().set(RESET, Long.toString(nowSecond + Long.parseLong(seconds)));
    }

    /** Outside the rate-limit filters, so it sees the headers they and the controllers set. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
