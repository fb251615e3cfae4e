package dev.callout.bootstrap;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.bootstrap.TrustWorld.Part;
import io.micronaut.http.MediaType;
import io.micronaut.web.router.Router;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.LinkedHashMap;

/**
 * What the black-box probe suite ({@code dev.callout.bootstrap.probe}) gets to know of the server it
 * probes, and nothing more: its address, HTTP, accounts of each role (as a tester is handed them),
 * and the two secrets an operator holds (the token-signing key, to forge expired tokens; the webhook
 * secret, to sign deliveries as the gateway would). Here the target is {@link RunningCallout}.
 */
public final class ProbeTarget implements AutoCloseable {

    /** The password of every account {@link #customer()} and {@link #provider} make. */
    public static final String PASSWORD = "correct horse battery";

    private static ProbeTarget instance;

    private final RunningCallout callout;
    private final TrustWorld world;

    private ProbeTarget(RunningCallout callout) {
        this.callout = callout;
        this.world = new TrustWorld(callout);
    }

    public static synchronized ProbeTarget get() {
        if (instance == null) {
            instance = new ProbeTarget(RunningCallout.get());
        }
        return instance;
    }

    /** A server of its own speaking a product profile's API (seed documents), for one probe class; {@link #close()} stops it. */
    public static ProbeTarget ofProfile(String profile) {
        return new ProbeTarget(RunningCallout.start(Map.of(DeploymentProfile.PROPERTY, profile)));
    }

    @Override
    public void close() {
        callout.close();
    }

    /** A route the server serves: its method, its path template without the query part, and whether it takes a multipart form. */
    public record Route(String method, String path, boolean multipart) {
        public String key() {
            return method + " " + path;
        }
    }

    /**
     * The server's route table, as a tester is handed the route list: every HTTP route of the profile's own
     * controllers and sockets ({@code dev.callout.rest.profile.<profile>}) but the HEAD the framework adds to every GET,
     * as "METHOD /path/{variable}".
     */
    public List<Route> routes(String profile) {
        String controllers = "dev.callout.rest.profile." + profile + ".";
        Map<String, Route> routes = new LinkedHashMap<>();
        callout.context.getBean(Router.class).uriRoutes()
                .filter(route -> route.getTargetMethod().getDeclaringType().getName().startsWith(controllers)
                        && !route.getHttpMethodName().equals("HEAD"))
                .sorted(Comparator.comparing(route -> route.getUriMatchTemplate().toString()))
                .forEach(route -> {
                    Route found = new Route(route.getHttpMethodName(), route.getUriMatchTemplate().toString()
                            .replaceAll("\\{\\?[^}]*}|\\{/}", ""), route.getConsumes().contains(MediaType.MULTIPART_FORM_DATA_TYPE));
                    routes.merge(found.key(), found, (one, other) -> one.multipart() ? one : other);
                });
        return List.copyOf(routes.values());
    }

    /** The last one-time code sent to the address (the development sender's record, as a tester reads it). */
    public String lastCode(String address) {
        return callout.lastCode(address);
    }

    /** A signed-in account: its id, its email and an access token. */
    public record User(String id, String email, String token) {
        private static User of(Account account) {
            return new User(account.id(), account.email(), account.token());
        }
    }

    /** An answer: status, headers, the raw text and the body parsed when it is JSON. */
    public record Answer(int status, HttpHeaders headers, String text, Object body) {
        private static Answer of(Reply reply) {
            return new Answer(reply.status(), reply.raw().headers(), reply.text(), reply.body());
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            return body instanceof Map<?, ?> ? (Map<String, Object>) body : null;
        }

        public String get(String field) {
            return json() == null ? null : (String) json().get(field);
        }

        /** The envelope's error, or null when the answer is not in it. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> error() {
            return json() != null && json().get("error") instanceof Map<?, ?> error ? (Map<String, Object>) error : null;
        }

        public String errorCode() {
            return error() == null ? null : (String) error().get("code");
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> errorFields() {
            Map<String, Object> details = error() == null ? null : (Map<String, Object>) error().get("details");
            return details == null ? Map.of() : (Map<String, Object>) details.getOrDefault("fields", Map.of());
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> data() {
            return (List<Map<String, Object>>) json().get("data");
        }
    }

    public String baseUrl() {
        return callout.server.getURL().toString();
    }

    /** A JSON body (or none). */
    public Answer send(String method, String path, String token, String body) {
        return Answer.of(callout.send(method, path, token, body));
    }

    /** A body of any type and bytes (or none), with extra headers. */
    public Answer send(String method, String path, String token, String contentType, byte[] body, Map<String, String> headers) {
        return Answer.of(callout.send(method, path, token, contentType, body, headers));
    }

    /** A multipart form holding one PNG under {@code part}, with the given text fields. */
    public Answer uploadPng(String path, String token, String part, Map<String, String> fields) {
        List<Part> parts = new ArrayList<>(fields.entrySet().stream().map(f -> Part.field(f.getKey(), f.getValue())).toList());
        parts.add(Part.file(part, "photo.png", "image/png", TrustWorld.png()));
        return Answer.of(world.upload(path, token, parts.toArray(Part[]::new)));
    }

    /** A job of the customer's, taken by the provider and moved to {@code status} (requested, accepted, in_progress, completed). */
    public String job(User customer, User provider, String status) {
        return world.job(account(customer), account(provider), status);
    }

    private static Account account(User user) {
        return new Account(user.id(), user.email(), user.token());
    }

    public User customer() {
        return User.of(callout.customer());
    }

    public User provider(String... categories) {
        return User.of(callout.provider(categories));
    }

    public User admin() {
        return User.of(callout.admin());
    }

    /** JSON text of maps, lists, strings, numbers and booleans. */
    public String json(Object value) {
        return callout.json(value);
    }

    public byte[] tokenSigningKey() {
        return callout.context.getRequiredProperty(JwtSecret.PROPERTY, String.class).getBytes(StandardCharsets.UTF_8);
    }

    public String webhookSecret() {
        return StripeSettings.OFFLINE_WEBHOOK_SECRET;
    }
}
