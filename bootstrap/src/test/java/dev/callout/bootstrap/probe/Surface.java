package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The attack surface, read from the server: every operation of its OpenAPI document
 * ({@code GET /api/v1/openapi}) and the few routes kept out of it, each with who may call it.
 * Who may call a route is declared here, because the document does not say; {@link
 * Api9InventoryProbeTest} fails when the server has a route this table does not know (or the
 * reverse), so a new route cannot ship without being probed.
 */
final class Surface {

    /** Who may call an operation. */
    enum Caller {
        CUSTOMER, PROVIDER, ADMIN
    }

    /** How an operation takes its body. */
    enum BodyKind {
        NONE, JSON, MULTIPART
    }

    /** {@code callers} empty: public. {@code schema}: the JSON body's schema (null for none). */
    record Operation(String method, String path, BodyKind body, Map<String, Object> schema, Set<String> queryParameters,
                     Set<Caller> callers) {

        String key() {
            return method + " " + path;
        }

        boolean isPublic() {
            return callers.isEmpty();
        }

        boolean hasId() {
            return path.contains("{id}");
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private static final Set<Caller> ANYONE_SIGNED_IN = Set.of(Caller.CUSTOMER, Caller.PROVIDER, Caller.ADMIN);
    private static final Set<Caller> PUBLIC = Set.of();
    private static final Set<Caller> CUSTOMER = Set.of(Caller.CUSTOMER);
    private static final Set<Caller> PROVIDER = Set.of(Caller.PROVIDER);
    private static final Set<Caller> ADMIN = Set.of(Caller.ADMIN);

    /** Routes the document leaves out (operations, not API), with their callers. */
    static final Map<String, Set<Caller>> UNDOCUMENTED = Map.of(
            "GET /api/v1/metrics", ADMIN,
            "GET /api/v1/openapi", PUBLIC,
            "GET /api/v1/docs", PUBLIC,
            "GET /api/v1/health", PUBLIC);

    /** Who may call each route, as docs/api.md says; the key is "METHOD path" as the document writes it. */
    static final Map<String, Set<Caller>> ACCESS = access();

    private static Map<String, Set<Caller>> access() {
        Map<String, Set<Caller>> access = new TreeMap<>(UNDOCUMENTED);
        for (String route : List.of("POST /auth/register", "POST /auth/login", "POST /auth/login/google", "POST /auth/otp/send",
                "POST /auth/otp/verify", "POST /auth/password/forgot", "POST /auth/password/reset", "POST /auth/token/refresh",
                "GET /categories", "POST /payments/webhook", "GET /services", "GET /services/{id}")) {
            access.put(api(route), PUBLIC);
        }
        for (String route : List.of("POST /auth/logout", "GET /users/me", "PATCH /users/me", "DELETE /users/me", "GET /users/{id}",
                "GET /users/{id}/reviews", "GET /jobs", "GET /jobs/{id}", "PATCH /jobs/{id}/status", "GET /jobs/{id}/messages",
                "POST /jobs/{id}/messages", "POST /jobs/{id}/messages/read", "GET /files", "POST /files", "GET /files/{id}",
                "DELETE /files/{id}", "GET /notifications", "PATCH /notifications/read-all", "PATCH /notifications/{id}/read",
                "GET /payments", "GET /payments/{id}", "POST /payments/fee-quote", "POST /reviews", "GET /reviews/mine",
                "GET /reviews/{id}", "PATCH /reviews/{id}", "DELETE /reviews/{id}", "GET /disputes", "GET /disputes/{id}",
                "GET /conversations", "GET /providers/{id}")) {
            access.put(api(route), ANYONE_SIGNED_IN);
        }
        for (String route : List.of("POST /jobs", "POST /jobs/quote", "POST /jobs/{id}/photos", "POST /payments",
                "POST /payments/{id}/release", "POST /favorites", "GET /favorites", "DELETE /favorites/{id}")) {
            access.put(api(route), CUSTOMER);
        }
        for (String route : List.of("POST /jobs/{id}/accept", "GET /jobs/nearby", "PATCH /providers/me/availability",
                "PATCH /providers/me/location", "GET /providers/me/earnings", "GET /providers/me/payout-account",
                "PUT /providers/me/payout-account", "DELETE /providers/me/payout-account", "POST /payments/{id}/cash-confirm",
                "PATCH /providers/me/base-location", "GET /providers/me/base-location", "DELETE /providers/me/base-location")) {
            access.put(api(route), PROVIDER);
        }
        for (String route : List.of("GET /users", "GET /admin/providers", "PATCH /admin/providers/{id}",
                "GET /admin/providers/{id}/payout-account", "PATCH /admin/users/{id}", "GET /admin/audit-log",
                "GET /admin/dead-letters", "POST /admin/dead-letters/{id}/retry", "PATCH /disputes/{id}",
                "POST /payments/{id}/refunds", "DELETE /jobs/{id}", "POST /admin/webhooks", "GET /admin/webhooks",
                "DELETE /admin/webhooks/{id}", "POST /admin/webhooks/{id}/test", "GET /admin/webhooks/{id}/deliveries",
                "GET /admin/analytics", "GET /admin/analytics/series", "POST /services", "PATCH /services/{id}",
                "POST /services/{id}/packages", "PATCH /packages/{id}", "DELETE /packages/{id}",
                "GET /admin/providers/map")) {
            access.put(api(route), ADMIN);
        }
        access.put(api("GET /providers/nearby"), Set.of(Caller.CUSTOMER, Caller.ADMIN));
        access.put(api("POST /disputes"), Set.of(Caller.CUSTOMER, Caller.PROVIDER));
        return access;
    }

    private static String api(String route) {
        return route.replaceFirst(" ", " /api/v1");
    }

    private static List<Operation> operations;
    private static Map<String, Object> document;

    private Surface() {
    }

    /** The server's OpenAPI document. */
    static synchronized Map<String, Object> document(ProbeTarget target) {
        if (document == null) {
            Answer answer = target.send("GET", "/api/v1/openapi", null, null);
            assertThat(answer.status()).isEqualTo(200);
            document = answer.json();
        }
        return document;
    }

    /** Every operation the server documents, then the undocumented ones; in a stable order. */
    static synchronized List<Operation> operations(ProbeTarget target) {
        if (operations == null) {
            List<Operation> found = new ArrayList<>();
            documented(target).forEach((key, operation) -> found.add(operation));
            UNDOCUMENTED.forEach((key, callers) -> {
                String[] parts = key.split(" ");
                found.add(new Operation(parts[0], parts[1], BodyKind.NONE, null, Set.of(), callers));
            });
            operations = List.copyOf(found);
        }
        return operations;
    }

    /** The document's operations by "METHOD path"; callers as {@link #ACCESS} declares them (anyone signed in for a route it does not know). */
    @SuppressWarnings("unchecked")
    static Map<String, Operation> documented(ProbeTarget target) {
        Map<String, Operation> found = new TreeMap<>();
        Map<String, Object> paths = (Map<String, Object>) document(target).get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (method.equals("parameters")) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            Map<String, Object> content = operation.get("requestBody") instanceof Map<?, ?> body
                    ? (Map<String, Object>) body.get("content") : Map.of();
            BodyKind kind = content.containsKey("multipart/form-data") ? BodyKind.MULTIPART
                    : content.containsKey("application/json") ? BodyKind.JSON : BodyKind.NONE;
            Map<String, Object> schema = kind == BodyKind.JSON
                    ? resolve((Map<String, Object>) ((Map<String, Object>) content.get("application/json")).get("schema")) : null;
            Set<String> query = new TreeSet<>();
            for (Object parameter : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> p = (Map<String, Object>) parameter;
                if ("query".equals(p.get("in"))) {
                    query.add((String) p.get("name"));
                }
            }
            String key = method.toUpperCase() + " " + path;
            found.put(key, new Operation(method.toUpperCase(), path, kind, schema, query, ACCESS.getOrDefault(key, ANYONE_SIGNED_IN)));
        }));
        return found;
    }

    /** The schema itself, following a {@code $ref} or a single {@code allOf}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema.get("$ref") instanceof String ref) {
            Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
            return resolve((Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        if (schema.get("allOf") instanceof List<?> all && all.size() == 1) {
            Map<String, Object> merged = new LinkedHashMap<>(schema);
            merged.remove("allOf");
            merged.putAll(resolve((Map<String, Object>) all.getFirst()));
            return merged;
        }
        return schema;
    }

    /** A field of a JSON body at a dotted path, with its JSON type. */
    record Field(String path, String type, Map<String, Object> schema) {
    }

    /** Every field of the schema, nested objects' fields included. */
    @SuppressWarnings("unchecked")
    static List<Field> fields(Map<String, Object> schema) {
        List<Field> fields = new ArrayList<>();
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        properties.forEach((name, value) -> {
            Map<String, Object> property = resolve((Map<String, Object>) value);
            String type = (String) property.getOrDefault("type", "object");
            fields.add(new Field(name, type, property));
            if (type.equals("object")) {
                fields(property).forEach(inner -> fields.add(new Field(name + "." + inner.path(), inner.type(), inner.schema())));
            }
        });
        return fields;
    }
}
