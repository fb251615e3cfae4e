package dev.callout.rest.profile.depannini;

import dev.callout.rest.error.ErrorEnvelope;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Depannini's error format, that of the Django REST framework its document implies: field problems
 * as {@code {"field": ["problem"]}}, anything else as {@code {"detail": "...", "code": "..."}}. The
 * core's envelope on Depannini's paths (its channels' handshakes, everything under /api but the canonical /api/v1) is
 * rewritten, whoever refused: a route, the security filter, the rate limits or the framework.
 * Its document lists no 422, so a refused status change is a 400.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "callout.profile", value = "depannini")
class DepanniniErrorFilter implements Ordered {

    /** The core's field names where Depannini's differ. */
    private static final Map<String, String> FIELDS = Map.of("role", "user_type", "phone", "phone_number", "address_text", "address",
            "categories", "service_type", "licence_expiry", "driving_license_expiry", "licence_category", "driving_license_cat",
            "licence_number", "driving_license_num", "vehicle_registration", "vehicle_registration_num", "identifier", "email");
    private static final Map<String, String> LOCATION_FIELDS = Map.of("lat", "latitude", "lng", "longitude");

    @ResponseFilter
    public void rewrite(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        boolean depannini = path.startsWith("/ws/") || path.startsWith("/api/") && !path.startsWith("/api/v1/");
        if (!depannini || !(response.getBody().orElse(null) instanceof ErrorEnvelope envelope)) {
            return;
        }
        Map<String, Object> fields = fields(envelope);
        Map<String, Object> body = new LinkedHashMap<>();
        if (fields.isEmpty()) {
            body.put("detail", envelope.error().message());
            body.put("code", envelope.error().code());
        } else {
            Map<String, String> renamed = path.startsWith("/api/profile/update-location") ? LOCATION_FIELDS : FIELDS;
            fields.forEach((field, problem) -> body.put(renamed.getOrDefault(field, field), List.of(String.valueOf(problem))));
        }
        if (response.getStatus() == HttpStatus.UNPROCESSABLE_ENTITY) {
            response.status(HttpStatus.BAD_REQUEST);
        }
        response.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(ErrorEnvelope envelope) {
        Object fields = envelope.error().details() == null ? null : envelope.error().details().get("fields");
        return fields instanceof Map<?, ?> map ? new TreeMap<>((Map<String, Object>) map) : Map.of();
    }

    /** Outside every other filter, so it sees the answers they give themselves. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before() - 1;
    }
}
