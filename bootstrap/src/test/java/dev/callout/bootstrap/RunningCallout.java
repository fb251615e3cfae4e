package dev.callout.bootstrap;

import dev.callout.application.account.CreateAdminUseCase;
import dev.callout.persistence.RecordedCodes;
import dev.callout.persistence.embedded.EmbeddedPostgresServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The whole application, started once per test JVM on a random port against a real embedded
 * PostgreSQL, and a plain JDK HTTP client to talk to it. Tests isolate themselves by creating
 * their own users. Its data directory (PostgreSQL's files, uploads, the signing key) is a temporary
 * one, removed when the application stops: by {@link #close()} or at the latest when the JVM exits.
 * PostgreSQL stops last, once the application's background work and pool have ended.
 */
final class RunningCallout implements AutoCloseable {

    private static RunningCallout instance;

    final EmbeddedServer server;
    final ApplicationContext context;
    final Path data;
    private final boolean removesData;
    private final EmbeddedPostgresServer postgres;
    private final Map<String, Object> properties;
    private final List<RunningCallout> otherNodes = new CopyOnWriteArrayList<>();
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();
    private static final Duration ADMIN_TOKEN_REUSE = Duration.ofMinutes(10);

    private Account admin;
    private long adminSignedInAt;
    private boolean closed;

    private RunningCallout(EmbeddedServer server, EmbeddedPostgresServer postgres, Path data, boolean removesData,
                           Map<String, Object> properties) {
        this.server = server;
        this.context = server.getApplicationContext();
        this.postgres = postgres;
        this.data = data;
        this.removesData = removesData;
        this.properties = properties;
        this.json = context.getBean(JsonMapper.class);
    }

    static synchronized RunningCallout get() {
        if (instance == null) {
            instance = start(Map.of());
        }
        return instance;
    }

    /** Another whole application with its own database, for tests that need other settings (stopped at exit). */
    static RunningCallout start(Map<String, Object> overrides) {
        try {
            return start(Files.createTempDirectory("callout-e2e"), true, overrides);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A whole application on the data directory, its PostgreSQL's files included, which stays when it stops (the
     * test removes it), so another can start on what it left.
     */
    static RunningCallout startOn(Path data, Map<String, Object> overrides) {
        return start(data, false, overrides);
    }

    private static RunningCallout start(Path data, boolean throwaway, Map<String, Object> overrides) {
        Path postgresData = data.resolve("postgres");
        EmbeddedPostgresServer postgres = throwaway ? EmbeddedPostgresServer.startThrowaway(postgresData, 0)
                : EmbeddedPostgresServer.start(postgresData, 0);
        postgres.createDatabaseIfMissing("callout");
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.url", postgres.jdbcUrl("callout"));
        properties.put("datasources.default.username", postgres.user());
        properties.put("datasources.default.password", postgres.password());
        properties.put(JwtSecret.PROPERTY, JwtSecret.resolve(data));
        properties.put(WebhookSecretsKey.PROPERTY, WebhookSecretsKey.resolve(data));
        properties.put("callout.data-dir", data.toString());
        properties.put("callout.passwords.argon2-memory-kib", 1024);
        properties.put("callout.passwords.argon2-iterations", 1);
        // every suite registers many users from 127.0.0.1; IdentityLimitsEndToEndTest and RateLimitsEndToEndTest
        // check the real limits
        properties.put("callout.rate-limits.general.limit", 1_000_000);
        properties.put("callout.rate-limits.auth.limit", 1_000_000);
        properties.put("callout.accounts.address-lock-after", 1_000_000);
        properties.put("callout.accounts.failures-before-slowdown", 1_000_000);
        properties.put("callout.accounts.identifier-lock-after", 1_000_000);
        properties.put("callout.accounts.code-resend-interval", "0s");
        properties.put("callout.accounts.max-codes-per-hour", 1_000_000);
        properties.putAll(overrides);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, environments(properties));
        RunningCallout running = new RunningCallout(server, postgres, data, throwaway, properties);
        postgres.stopsAfter(running::stopApplications);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "callout-e2e-cleanup"));
        return running;
    }

    /** "test", and the deployment profile's environment when one is set, as {@link Application} activates it. */
    private static String[] environments(Map<String, Object> properties) {
        Object profile = properties.get(DeploymentProfile.PROPERTY);
        return profile == null ? new String[] {"test"} : new String[] {"test", DeploymentProfile.named(profile.toString()).id()};
    }

    /** A second node of this application: its own server on the same database, data directory and signing key. */
    RunningCallout anotherNode() {
        return anotherNode(Map.of());
    }

    /** Another node whose settings differ from this one's by the overrides (a node that runs no background work). */
    synchronized RunningCallout anotherNode(Map<String, Object> overrides) {
        Map<String, Object> nodeProperties = new HashMap<>(properties);
        nodeProperties.putAll(overrides);
        RunningCallout node = new RunningCallout(ApplicationContext.run(EmbeddedServer.class, nodeProperties,
                environments(nodeProperties)), null, null, false, nodeProperties);
        otherNodes.add(node);
        return node;
    }

    /**
     * Stops the application (its other nodes first), then its PostgreSQL, and removes a data directory of its own; once.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (postgres == null) {
            server.stop(); // another node: the first one owns the database and the data directory
            return;
        }
        postgres.close();
        if (!removesData) {
            return;
        }
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + data, e);
        }
    }

    /**
     * What PostgreSQL waits for when it stops, its shutdown hook included: the other nodes, then this one's server and
     * context, which ends the background work and the pool. Stopping a context is synchronized on it, so this waits for
     * a stop another thread began; it does not lock this object, which {@link #close()} holds while it waits for PostgreSQL.
     */
    private void stopApplications() {
        otherNodes.forEach(RunningCallout::close);
        server.stop();
        context.stop();
    }

    /** An HTTP answer: status, headers and the body parsed as JSON when it is JSON. */
    record Reply(int status, HttpResponse<String> raw, Object body) {

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) body;
        }

        String text() {
            return raw.body();
        }

        @SuppressWarnings("unchecked")
        String errorCode() {
            return (String) ((Map<String, Object>) json().get("error")).get("code");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> errorFields() {
            Map<String, Object> details = (Map<String, Object>) ((Map<String, Object>) json().get("error")).get("details");
            return (Map<String, Object>) details.getOrDefault("fields", Map.of());
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> data() {
            return (List<Map<String, Object>>) json().get("data");
        }

        String get(String field) {
            return (String) json().get(field);
        }
    }

    Reply send(String method, String path, String token, String body) {
        return send(http, method, path, token, body, Map.of());
    }

    Reply send(String method, String path, String token, String body, Map<String, String> headers) {
        return send(http, method, path, token, body, headers);
    }

    /** Through the given client (e.g. one bound to another loopback address), with extra headers. */
    Reply send(HttpClient client, String method, String path, String token, String body, Map<String, String> headers) {
        return exchange(client, json, HttpRequest.newBuilder(URI.create(server.getURL() + path)), method, token, body, headers);
    }

    /** As {@link #send}, with the body's exact bytes (which need not be valid UTF-8). */
    Reply sendBytes(String method, String path, String token, byte[] body) {
        return send(method, path, token, body == null ? null : "application/json", body, Map.of());
    }

    /** A body of any type (or none), with extra headers. */
    Reply send(String method, String path, String token, String contentType, byte[] body, Map<String, String> headers) {
        return exchange(http, json, HttpRequest.newBuilder(URI.create(server.getURL() + path)), method, token, contentType, body,
                headers);
    }

    /** One request over a plain JDK client, a JSON body and a bearer token when given; the answer parsed when it is JSON. */
    static Reply exchange(HttpClient http, JsonMapper json, HttpRequest.Builder request, String method, String token,
                          String body, Map<String, String> headers) {
        return exchange(http, json, request, method, token, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static Reply exchange(HttpClient http, JsonMapper json, HttpRequest.Builder request, String method, String token,
                                  String contentType, byte[] body, Map<String, String> headers) {
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
            Object parsed = isJson && !response.body().isEmpty()
                    ? json.readValue(response.body(), Argument.OBJECT_ARGUMENT) : null;
            return new Reply(response.statusCode(), response, parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The number {@code query} answers, with {@code parameter} as its one text parameter, read from the database. */
    long count(String query, String parameter) {
        DataSource database = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    Reply post(String path, String token, String body) {
        return send("POST", path, token, body);
    }

    Reply patch(String path, String token, String body) {
        return send("PATCH", path, token, body);
    }

    /** A signed-in user created for one test. */
    record Account(String id, String email, String token) {
    }

    Account register(String role, String categoriesJson) {
        String email = role + "-" + UUID.randomUUID() + "@test.callout.dev";
        String categories = categoriesJson == null ? "" : ", \"categories\": " + categoriesJson;
        if ("provider".equals(role)) {
            // what vehicle categories (towing) require; harmless for the others
            categories += """
                    , "vehicle_type": "flatbed truck", "licence_category": "c", "licence_number": "N01-23-456789",
                    "licence_expiry": "%s", "vehicle_registration": "NBC 1234\"""".formatted(LocalDate.now().plusYears(2));
        }
        Reply registered = post("/api/v1/auth/register", null, """
                {"role": "%s", "name": "Test %s", "email": "%s", "password": "correct horse battery"%s}"""
                .formatted(role, role, email, categories));
        if (registered.status() != 201) {
            throw new IllegalStateException("registration failed: " + registered.text());
        }
        verify(email);
        if ("provider".equals(role)) {
            approve(registered.get("id"));
        }
        Reply login = post("/api/v1/auth/login", null, """
                {"identifier": "%s", "password": "correct horse battery"}""".formatted(email));
        return new Account(registered.get("id"), email, login.get("access_token"));
    }

    /** The last code the development sender recorded for the address. */
    String lastCode(String address) {
        return context.getBean(RecordedCodes.class).lastCode(address)
                .orElseThrow(() -> new IllegalStateException("no code was sent to " + address));
    }

    /** Verifies the address with the code sent there. */
    Reply verify(String address) {
        return post("/api/v1/auth/otp/verify", null, """
                {"identifier": "%s", "code": "%s"}""".formatted(address, lastCode(address)));
    }

    /**
     * An admin created the operator's way, signed in. Signed in again once the token is ten minutes
     * old: access tokens live fifteen, and the tests sharing this server may run longer than that.
     */
    synchronized Account admin() {
        if (admin == null) {
            String email = "admin-" + UUID.randomUUID() + "@test.callout.dev";
            context.getBean(CreateAdminUseCase.class).create(new CreateAdminUseCase.CreateAdminCommand("Test Admin", email,
                    null, "a long admin password"));
            admin = new Account(null, email, null);
        }
        if (admin.token() == null || System.nanoTime() - adminSignedInAt > ADMIN_TOKEN_REUSE.toNanos()) {
            Reply login = post("/api/v1/auth/login", null, """
                    {"identifier": "%s", "password": "a long admin password"}""".formatted(admin.email()));
            adminSignedInAt = System.nanoTime();
            admin = new Account(login.json() == null ? null : (String) ((Map<?, ?>) login.json().get("user")).get("id"),
                    admin.email(), login.get("access_token"));
        }
        return admin;
    }

    /** An admin approves the provider. */
    Reply approve(String providerId) {
        return patch("/api/v1/admin/providers/" + providerId, admin().token(), "{\"status\": \"active\", \"note\": \"test\"}");
    }

    Account customer() {
        return register("customer", null);
    }

    Account provider(String... categories) {
        return register("provider", json(List.of(categories)));
    }

    String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
