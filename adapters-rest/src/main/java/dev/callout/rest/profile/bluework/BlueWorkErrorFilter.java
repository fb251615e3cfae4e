package dev.callout.rest.profile.bluework;

import dev.callout.rest.error.ErrorEnvelope;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * BlueWork's error envelope, {@code {"error": {"code", "message"}}}, on its paths (/api/v1 and the /ws
 * handshake), whoever refused: a route, the security filter, the rate limits or the framework. Field problems
 * stay under {@code details.fields}, in BlueWork's field names; a malformed body is a VALIDATION_ERROR as its
 * tables say, and the core's provider is a worker in codes and messages.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "callout.profile", value = "bluework")
class BlueWorkErrorFilter implements Ordered {

    private static final Map<String, String> FIELDS = Map.of("categories", "skills", "radius_km", "radius",
            "provider_id", "worker_id", "evidence_file_ids", "evidence_photos");
    /** The core's codes are sent to an identifier; BlueWork names the phone and the otp, or the email and the token. */
    private static final Map<String, String> OTP_FIELDS = Map.of("identifier", "phone", "code", "otp");
    private static final Map<String, String> RESET_FIELDS = Map.of("identifier", "email", "code", "token");

    @ResponseFilter
    public void rewrite(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        boolean blueWork = path.startsWith("/api/v1/") || path.equals("/ws");
        if (!blueWork || !(response.getBody().orElse(null) instanceof ErrorEnvelope envelope)) {
            return;
        }
        ErrorEnvelope.Body error = envelope.error();
        String code = "MALFORMED_REQUEST".equals(error.code()) ? "VALIDATION_ERROR" : error.code().replace("PROVIDER", "WORKER");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", error.message() == null ? null : error.message().replace("provider", "worker"));
        if (error.details() != null && error.details().get("fields") instanceof Map<?, ?> fields && !fields.isEmpty()) {
            Map<String, Object> renamed = new TreeMap<>();
            Map<String, String> names = path.startsWith("/api/v1/auth/otp/") ? OTP_FIELDS
                    : path.startsWith("/api/v1/auth/password/") ? RESET_FIELDS : FIELDS;
            fields.forEach((field, problem) -> renamed.put(names.getOrDefault(String.valueOf(field), String.valueOf(field)), problem));
            body.put("details", Map.of("fields", renamed));
        }
        response.body(Map.of("error", body));
    }

    /** Outside every other filter, so it sees the answers they give themselves. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before() - 1;
    }
}
