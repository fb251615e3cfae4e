package dev.callout.bootstrap;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.bootstrap.TrustWorld.Part;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the black-box probe suite ({@code dev.callout.bootstrap.probe}) gets to know of the server it
 * probes, and nothing more: its address, HTTP, accounts of each role (as a tester is handed them),
 * and the two secrets an operator holds (the token-signing key, to forge expired tokens; the webhook
 * secret, to sign deliveries as the gateway would). Here the target is {@link RunningCallout}.
 */
public final class ProbeTarget {

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
