package dev.callout.rest.security;

import dev.callout.application.ratelimit.RateLimit;
import dev.callout.application.ratelimit.RateLimiter;
import dev.callout.application.ratelimit.RateLimiter.Decision;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Which limits a request counts against: the general one per user (per client address when
 * anonymous) and, on the auth routes, the auth one per address. Health, metrics and the payment
 * gateway's webhooks are not counted. Counting answers from this node's memory on the calling
 * thread, and moves to the blocking executor only when a slice must be reserved in the database,
 * so the event loop never waits on it.
 */
@Singleton
public class RequestRateLimits {

    private static final List<String> UNCOUNTED = List.of("/api/v1/health", "/api/v1/metrics", "/api/v1/payments/webhook");

    private record Count(RateLimit limit, String key) {
    }

    private final RateLimiter limiter;
    private final RateLimits limits;
    private final ClientAddresses addresses;
    private final Executor blocking;

    RequestRateLimits(RateLimiter limiter, RateLimits limits, ClientAddresses addresses,
                      @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.limiter = limiter;
        this.limits = limits;
        this.addresses = addresses;
        this.blocking = blocking;
    }

    static boolean counted(HttpRequest<?> request) {
        String path = request.getPath();
        for (String uncounted : UNCOUNTED) {
            if (path.equals(uncounted) || path.startsWith(uncounted + "/")) {
                return false;
            }
        }
        return true;
    }

    /** Counts the request; completes with the stricter decision of the limits it counted against. */
    CompletionStage<Decision> count(HttpRequest<?> request) {
        String address = "address:" + addresses.of(request);
        String caller = request.getUserPrincipal(Authentication.class).map(user -> "user:" + user.getName()).orElse(address);
        // the canonical /api/v1/auth/ routes and a profile's own (/v1/auth/ in ART's)
        List<Count> counts = request.getPath().contains("/auth/")
                ? List.of(new Count(limits.general(), caller), new Count(limits.auth(), address))
                : List.of(new Count(limits.general(), caller));
        Decision decided = null;
        for (int i = 0; i < counts.size(); i++) {
            Optional<Decision> local = limiter.takeLocally(counts.get(i).limit(), counts.get(i).key());
            if (local.isEmpty()) {
                Decision before = decided;
                List<Count> rest = counts.subList(i, counts.size());
                return CompletableFuture.supplyAsync(() -> takeAll(before, rest), blocking);
            }
            decided = stricter(decided, local.get());
            if (!decided.allowed()) {
                break;
            }
        }
        return CompletableFuture.completedFuture(decided);
    }

    private Decision takeAll(Decision decided, List<Count> counts) {
        for (Count count : counts) {
            decided = stricter(decided, limiter.take(count.limit(), count.key()));
            if (!decided.allowed()) {
                break;
            }
        }
        return decided;
    }

    private static Decision stricter(Decision decided, Decision next) {
        return decided == null ? next : decided.stricter(next);
    }
}
