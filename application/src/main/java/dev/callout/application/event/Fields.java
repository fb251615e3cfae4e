package dev.callout.application.event;

import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Place;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading and writing the plain field values codecs use, whatever number types a JSON reader chose. */
public final class Fields {

    private Fields() {
    }

    public static String string(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }

    public static String required(Map<String, Object> fields, String name) {
        String value = string(fields, name);
        if (value == null) {
            throw new IllegalArgumentException("event field " + name + " is missing");
        }
        return value;
    }

    public static Instant instant(Map<String, Object> fields, String name) {
        String value = string(fields, name);
        return value == null ? null : Instant.parse(value);
    }

    public static long longValue(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        return Long.parseLong(required(fields, name));
    }

    public static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public static Map<String, Object> place(Place place) {
        if (place == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("lat", place.point().lat());
        fields.put("lng", place.point().lng());
        fields.put("address", place.address());
        return fields;
    }

    @SuppressWarnings("unchecked")
    public static Place place(Map<String, Object> fields, String name) {
        Map<String, Object> place = (Map<String, Object>) fields.get(name);
        if (place == null) {
            return null;
        }
        return new Place(new GeoPoint(((Number) place.get("lat")).doubleValue(), ((Number) place.get("lng")).doubleValue()),
                string(place, "address"));
    }
}
