package dev.callout.rest.profile.orders;

import dev.callout.rest.error.ErrorEnvelope;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seed 004's error format is the canonical envelope; on its routes the field names under
 * {@code details.fields} are said in its camelCase ({@code package_id} becomes {@code packageId},
 * {@code details.preferred_date} keeps the detail's own name), and the canonical names of the
 * fields it calls otherwise become its own ({@code profile_image_file_id} is its {@code avatar}).
 */
@ServerFilter("/api/**")
@Requires(property = "callout.profile", value = "orders")
public class OrdersErrorFilter implements Ordered {

    private static final Map<String, String> RENAMED = Map.of("profile_image_file_id", "avatar", "identifier", "email",
            "job_id", "orderId");

    @ResponseFilter
    public void fieldNames(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getPath().startsWith("/api/v1/") || response.getStatus().getCode() < 400) {
            return;
        }
        response.getBody(ErrorEnvelope.class)
                .filter(envelope -> envelope.error() != null && envelope.error().details() != null
                        && envelope.error().details().get("fields") instanceof Map<?, ?>)
                .ifPresent(envelope -> {
                    Map<String, Object> fields = new TreeMap<>();
                    ((Map<?, ?>) envelope.error().details().get("fields"))
                            .forEach((field, problem) -> fields.put(named(String.valueOf(field)), problem));
                    ((MutableHttpResponse<Object>) response).body(new ErrorEnvelope(new ErrorEnvelope.Body(
                            envelope.error().code(), envelope.error().message(), Map.of("fields", fields))));
                });
    }

    /** The first segment of a field path in camelCase, the rest (a service's own detail names) as it is. */
    static String named(String field) {
        int dot = field.indexOf('.');
        String first = dot < 0 ? field : field.substring(0, dot);
        String renamed = RENAMED.getOrDefault(first, camel(first));
        return dot < 0 ? renamed : renamed + field.substring(dot);
    }

    private static String camel(String snake) {
        StringBuilder camel = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = camel.length() > 0;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /** Inside the envelope filter, so it also sees the envelopes other filters answered with. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
