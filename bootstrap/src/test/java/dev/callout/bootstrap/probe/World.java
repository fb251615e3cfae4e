package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.User;
import dev.callout.bootstrap.probe.Surface.Caller;
import dev.callout.bootstrap.probe.Surface.Operation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One of every resource with an id, owned by a customer and a provider who worked two jobs together
 * (one completed, paid in cash not yet confirmed, with an unrevealed review; one in progress with a
 * photo, a chat message and a dispute), a favourite and a notification; a second customer and a
 * second provider of the same category who own nothing of it; and an admin, with a catalog service and its package.
 */
final class World {

    private static World instance;

    final ProbeTarget target = ProbeTarget.get();
    final User customer;
    final User provider;
    final User otherCustomer;
    final User otherProvider;
    final User admin;
    final String completedJob;
    final String workingJob;
    final String payment;
    final String review;
    final String dispute;
    final String favorite;
    final String file;
    final String message;
    final String notification;
    final String service;
    final String servicePackage;

    private World() {
        customer = target.customer();
        provider = target.provider("plumber");
        otherCustomer = target.customer();
        otherProvider = target.provider("plumber");
        admin = target.admin();
        completedJob = target.job(customer, provider, "completed");
        workingJob = target.job(customer, provider, "in_progress");
        payment = created(target.send("POST", "/api/v1/payments", customer.token(),
                target.json(Map.of("job_id", completedJob, "method", "cash"))));
        review = created(target.send("POST", "/api/v1/reviews", customer.token(),
                target.json(Map.of("job_id", completedJob, "rating", 4, "comment", "fine"))));
        favorite = created(target.send("POST", "/api/v1/favorites", customer.token(), target.json(Map.of("provider_id", provider.id()))));
        Answer photos = target.uploadPng("/api/v1/jobs/" + workingJob + "/photos", customer.token(), "photos", Map.of());
        assertThat(photos.status()).as(photos.text()).isEqualTo(201);
        file = (String) ((Map<?, ?>) ((List<?>) photos.json().get("photos")).getFirst()).get("id");
        message = created(target.send("POST", "/api/v1/jobs/" + workingJob + "/messages", customer.token(),
                target.json(Map.of("content", "the tap is under the sink"))));
        service = created(target.send("POST", "/api/v1/services", admin.token(),
                target.json(Map.of("name", "Leak repair", "category", "plumber"))));
        servicePackage = created(target.send("POST", "/api/v1/services/" + service + "/packages", admin.token(),
                target.json(Map.of("name", "Basic", "price", Map.of("amount", "850.00"), "duration_minutes", 60))));
        dispute = created(target.send("POST", "/api/v1/disputes", customer.token(),
                target.json(Map.of("job_id", workingJob, "reason", "the pipe still leaks"))));
        notification = eventually(() -> {
            List<Map<String, Object>> mine = target.send("GET", "/api/v1/notifications", customer.token(), null).data();
            return mine.isEmpty() ? null : (String) mine.getFirst().get("id");
        });
    }

    static synchronized World get() {
        if (instance == null) {
            instance = new World();
        }
        return instance;
    }

    private static String created(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.get("id");
    }

    /** The first non-null value {@code probe} yields within 10 s (background work, such as notifications, follows commits). */
    static <T> T eventually(Supplier<T> probe) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (T value = probe.get(); ; value = probe.get()) {
            if (value != null) {
                return value;
            }
            assertThat(System.nanoTime()).as("no answer within 10 s").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /** The ids no one outside the two owners (and admins) may see. */
    List<String> privateIds() {
        return List.of(completedJob, workingJob, payment, review, dispute, favorite, file, message, notification);
    }

    /** The owner's account of a role: the customer, the provider, the admin. */
    User owner(Caller caller) {
        return switch (caller) {
            case CUSTOMER -> customer;
            case PROVIDER -> provider;
            case ADMIN -> admin;
        };
    }

    /** An owner of the first role that may call the operation; null for a public one. */
    User caller(Operation operation) {
        return operation.isPublic() ? null : owner(operation.callers().stream().sorted().findFirst().orElseThrow());
    }

    /** The account of a role with no part in any of it; for admins, the admin (they see everything by design). */
    User outsider(Caller caller) {
        return switch (caller) {
            case CUSTOMER -> otherCustomer;
            case PROVIDER -> otherProvider;
            case ADMIN -> admin;
        };
    }

    /** The operation's path with the world's resource in place of {id}; fails for a resource the world does not own yet. */
    String path(Operation operation) {
        String path = operation.path();
        if (!operation.hasId()) {
            return path;
        }
        String collection = path.substring(0, path.indexOf("/{id}"));
        String id = switch (collection) {
            case "/api/v1/jobs" -> path.contains("/photos") || path.contains("/messages") || path.endsWith("/status")
                    ? workingJob : completedJob;
            case "/api/v1/payments" -> payment;
            case "/api/v1/reviews" -> review;
            case "/api/v1/disputes" -> dispute;
            case "/api/v1/favorites" -> favorite;
            case "/api/v1/files" -> file;
            case "/api/v1/notifications" -> notification;
            case "/api/v1/users", "/api/v1/admin/users" -> customer.id();
            case "/api/v1/admin/providers", "/api/v1/providers" -> provider.id();
            case "/api/v1/admin/dead-letters" -> "dlt_01JNX4Q2V3M6YB8Z0N1R2S3T4U";
            case "/api/v1/admin/webhooks" -> "whk_01JNX4Q2V3M6YB8Z0N1R2S3T4U";
            case "/api/v1/services" -> service;
            case "/api/v1/packages" -> servicePackage;
            default -> throw new AssertionError("the probe world owns nothing under " + collection + " for " + operation
                    + ": give it one in World");
        };
        return path.replace("{id}", id);
    }

    /** A request the operation would act on, had the caller the right: a plausible body for the routes that need one. */
    Answer call(Operation operation, User caller) {
        String path = path(operation) + (operation.queryParameters().contains("lat")
                ? "?lat=14.5547&lng=121.0244" + (operation.queryParameters().contains("category") ? "&category=plumber" : "") : "");
        String token = caller == null ? null : caller.token();
        return switch (operation.body()) {
            case MULTIPART -> target.uploadPng(path, token, path.endsWith("/photos") ? "photos" : "file",
                    path.endsWith("/photos") ? Map.of() : Map.of("purpose", "job", "job_id", workingJob));
            case JSON -> target.send(operation.method(), path, token, target.json(plausibleBody(operation)));
            case NONE -> target.send(operation.method(), path, token, null);
        };
    }

    private Map<String, Object> plausibleBody(Operation operation) {
        return switch (operation.key()) {
            case "PATCH /api/v1/jobs/{id}/status" -> Map.of("status", "cancelled", "reason", "probe");
            case "POST /api/v1/jobs/{id}/messages" -> Map.of("content", "probe");
            case "PATCH /api/v1/reviews/{id}" -> Map.of("rating", 1, "comment", "probe");
            case "PATCH /api/v1/disputes/{id}" -> Map.of("status", "resolved", "action", "full_refund", "resolution", "probe");
            case "POST /api/v1/payments/{id}/refunds" -> Map.of("reason", "probe");
            case "PATCH /api/v1/admin/providers/{id}", "PATCH /api/v1/admin/users/{id}" -> Map.of("status", "suspended", "note", "probe");
            case "POST /api/v1/payments" -> Map.of("job_id", workingJob, "method", "card");
            case "POST /api/v1/reviews" -> Map.of("job_id", completedJob, "rating", 1);
            case "POST /api/v1/disputes" -> Map.of("job_id", completedJob, "reason", "probe");
            case "POST /api/v1/favorites" -> Map.of("provider_id", provider.id());
            case "PUT /api/v1/providers/me/payout-account" -> Map.of("stripe_account_id", "acct_1Nv0FGQ9RKHgCVdK");
            case "POST /api/v1/services" -> Map.of("name", "probe", "category", "plumber");
            case "PATCH /api/v1/services/{id}", "PATCH /api/v1/packages/{id}" -> Map.of("name", "probe");
            case "POST /api/v1/services/{id}/packages" -> Map.of("name", "probe", "price", Map.of("amount", "1.00"),
                    "duration_minutes", 30);
            default -> Map.of();
        };
    }

    /**
     * A favourite's availability follows the age of the provider's last position (offline after five
     * minutes): on a slow machine it changes while a probe runs, with nothing written.
     */
    private static String withoutClockDerivedFields(String body) {
        return body.replaceAll("\"availability_status\":\"[a-z]+\"", "\"availability_status\":\"(by the clock)\"");
    }

    /** What the owners see of everything they own; a probe that changed anything changes this. */
    Map<String, Object> snapshot() {
        Map<String, Object> seen = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/jobs/" + completedJob, "/api/v1/jobs/" + workingJob, "/api/v1/payments/" + payment,
                "/api/v1/reviews/" + review, "/api/v1/disputes/" + dispute, "/api/v1/favorites", "/api/v1/files",
                "/api/v1/jobs/" + workingJob + "/messages", "/api/v1/users/me")) {
            seen.put(path, withoutClockDerivedFields(target.send("GET", path, customer.token(), null).text()));
        }
        seen.put("provider", withoutClockDerivedFields(target.send("GET", "/api/v1/users/me", provider.token(), null).text()));
        seen.put("notification read", target.send("GET", "/api/v1/notifications", customer.token(), null).data().stream()
                .filter(n -> notification.equals(n.get("id"))).map(n -> n.get("read")).toList());
        return seen;
    }
}
