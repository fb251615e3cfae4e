package dev.callout.application.webhook;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON a delivery sends, {@code {"id", "type", "created_at", "data"}}, and the event's id.
 * The id is derived from the event's type and fields, so a redelivered event (the relay delivers
 * at least once) gets the same id and adds no second delivery; receivers deduplicate by it.
 */
public final class WebhookPayload {

    private static final String ID_PREFIX = "evt_";

    private WebhookPayload() {
    }

    public static String body(String eventId, String type, Instant createdAt, Map<String, ?> data) {
        StringBuilder json = new StringBuilder("{\"id\":");
        string(json, eventId);
        json.append(",\"type\":");
        string(json, type);
        json.append(",\"created_at\":");
        string(json, createdAt.toString());
        json.append(",\"data\":");
        value(json, data);
        return json.append('}').toString();
    }

    /** {@code evt_} and 128 bits of SHA-256 over the type and the fields in a fixed order. */
    public static String eventId(String type, Map<String, ?> fields) {
        StringBuilder canonical = new StringBuilder();
        string(canonical, type);
        value(canonical, sorted(fields));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return ID_PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> ordered = new TreeMap<>();
            map.forEach((key, inner) -> ordered.put(key.toString(), sorted(inner)));
            return ordered;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(WebhookPayload::sorted).toList();
        }
        return value;
    }

    private static void value(StringBuilder json, Object value) {
        switch (value) {
            case null -> json.append("null");
            case String text -> string(json, text);
            case Boolean bool -> json.append(bool);
            case BigDecimal decimal -> json.append(decimal.toPlainString());
            case Double number when !Double.isFinite(number) -> throw new IllegalArgumentException("not a JSON number: " + number);
            case Float number when !Float.isFinite(number) -> throw new IllegalArgumentException("not a JSON number: " + number);
            case Number number -> json.append(number);
            case Map<?, ?> map -> {
                json.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    json.append(first ? "" : ",");
                    first = false;
                    string(json, entry.getKey().toString());
                    json.append(':');
                    value(json, entry.getValue());
                }
                json.append('}');
            }
            case List<?> list -> {
                json.append('[');
                for (int i = 0; i < list.size(); i++) {
                    json.append(i == 0 ? "" : ",");
                    value(json, list.get(i));
                }
                json.append(']');
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass().getSimpleName());
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
