package dev.callout.rest.error;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.TreeMap;

/** {@code {"error": {"code": "...", "message": "...", "details": {"fields": {...}}}}} */
@Serdeable
@Schema(name = "Error", description = "The body of every failed request")
public record ErrorEnvelope(Body error) {

    @Serdeable
    @Schema(name = "ErrorBody")
    public record Body(String code, String message, Map<String, Object> details) {
    }

    public static ErrorEnvelope of(String code, String message, Map<String, String> fields) {
        Map<String, Object> details = fields.isEmpty() ? Map.of() : Map.of("fields", new TreeMap<>(fields));
        return new ErrorEnvelope(new Body(code, message, details));
    }
}
