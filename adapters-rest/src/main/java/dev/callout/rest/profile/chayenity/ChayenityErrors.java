package dev.callout.rest.profile.chayenity;

import dev.callout.rest.error.ApiError;
import dev.callout.rest.error.ErrorEnvelope;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every refusal on Chayenity's paths (its API and its rooms' handshakes) in its own body,
 * {@code {detail, error_code, field_errors}}: the core, the controllers and the framework refuse with
 * the standard envelope, and this filter,
 * outside every other one, rewrites it. Field problems are Pydantic's 422 with a list per field;
 * the canonical codes become the document's where it names one.
 */
@Requires(property = "callout.profile", value = "chayenity")
@ServerFilter({Wire.BASE + "/**", "/ws/chat/**"})
public class ChayenityErrors implements Ordered {

    @Serdeable
    public record ErrorBody(String detail, String errorCode, Map<String, List<String>> fieldErrors) {
    }

    @ResponseFilter
    public void rewrite(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getPath().startsWith("/api/v1/") || request.getPath().equals("/api/v1")
                || !(response.getBody().orElse(null) instanceof ErrorEnvelope envelope)) {
            return;
        }
        ErrorEnvelope.Body error = envelope.error();
        Map<String, List<String>> fields = fields(error.details());
        Refusal payment = request.getPath().startsWith(Wire.BASE + "/transactions/") ? PAYMENT_REFUSALS.get(error.code()) : null;
        HttpStatus status = fields != null || error.code().equals("MALFORMED_REQUEST") || error.code().equals("VALIDATION_ERROR")
                ? HttpStatus.UNPROCESSABLE_ENTITY : payment != null ? payment.status() : response.getStatus();
        response.status(status);
        response.body(new ErrorBody(error.message(), payment != null ? payment.code() : code(error.code()), fields));
    }

    /** A release of a transaction that is not held any more (released before, or never confirmed). */
    static ApiError notPending() {
        return new ApiError(HttpStatus.BAD_REQUEST, "TRANSACTION_NOT_PENDING", "Transaction not in correct status");
    }

    private record Refusal(HttpStatus status, String code) {
    }

    /** The canonical payment refusals the document names, with its statuses. */
    private static final Map<String, Refusal> PAYMENT_REFUSALS = Map.of(
            "ALREADY_PAID", new Refusal(HttpStatus.CONFLICT, "TRANSACTION_ALREADY_EXISTS"),
            "PAYMENT_NOT_RELEASABLE", new Refusal(HttpStatus.BAD_REQUEST, "TRANSACTION_NOT_PENDING"),
            "JOB_NOT_PAYABLE", new Refusal(HttpStatus.BAD_REQUEST, "GIG_NOT_PAYABLE"),
            "JOB_NOT_COMPLETED", new Refusal(HttpStatus.BAD_REQUEST, "GIG_NOT_PAYABLE"));

    private static String code(String canonical) {
        return switch (canonical) {
            case "MALFORMED_REQUEST" -> "VALIDATION_ERROR";
            case "UNAUTHENTICATED" -> "NOT_AUTHENTICATED";
            case "FORBIDDEN" -> "INSUFFICIENT_PERMISSIONS";
            case "EMAIL_TAKEN" -> "EMAIL_ALREADY_EXISTS";
            case "UNSUPPORTED_FILE_TYPE", "IMAGE_DAMAGED", "IMAGE_TOO_LARGE" -> "INVALID_FILE_TYPE";
            case "PAYLOAD_TOO_LARGE" -> "FILE_TOO_LARGE";
            default -> canonical.equals("NOT_FOUND") || canonical.endsWith("_NOT_FOUND") ? "RESOURCE_NOT_FOUND" : canonical;
        };
    }

    /** The core's names for the fields Chayenity calls otherwise. */
    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(
            Map.entry("name", "full_name"), Map.entry("bio", "contact_info"), Map.entry("identifier", "username"),
            Map.entry("lat", "latitude"), Map.entry("lng", "longitude"), Map.entry("location.lat", "latitude"),
            Map.entry("location.lng", "longitude"), Map.entry("address", "address_text"),
            Map.entry("location.address", "address_text"), Map.entry("location", "latitude"),
            Map.entry("budget.amount", "budget"), Map.entry("scheduled_at", "starts_at"),
            Map.entry("image_file_ids", "image_urls"), Map.entry("radius_km", "radius"), Map.entry("job_id", "gig_id"),
            Map.entry("profile_image_file_id", "file"), Map.entry("image_file_id", "image_url"),
            Map.entry("provider_id", "buddy_user_id"), Map.entry("note", "notes"));

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> fields(Map<String, Object> details) {
        if (details == null || !(details.get("fields") instanceof Map<?, ?> given) || given.isEmpty()) {
            return null;
        }
        Map<String, List<String>> fields = new TreeMap<>();
        ((Map<String, Object>) given).forEach((field, problem) -> fields.put(FIELD_NAMES.getOrDefault(field, field),
                List.of(String.valueOf(problem))));
        return fields;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before() - 1;
    }
}
