package dev.callout.bootstrap;

import dev.callout.persistence.embedded.EmbeddedPostgresServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole application, started once per test JVM on a random port against a real embedded
 * PostgreSQL, and a plain JDK HTTP client to talk to it. Tests isolate themselves by creating
 * their own users.
 */
final class RunningCallout {

    private static RunningCallout instance;

    final EmbeddedServer server;
    final ApplicationContext context;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningCallout(EmbeddedServer server) {
        this.server = server;
        this.context = server.getApplicationContext();
        this.json = context.getBean(JsonMapper.class);
    }

    static synchronized RunningCallout get() {
        if (instance == null) {
            try {
                Path data = Files.createTempDirectory("callout-e2e");
                EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), 0);
                postgres.createDatabaseIfMissing("callout");
                Map<String, Object> properties = new HashMap<>();
                properties.put("micronaut.server.port", -1);
                properties.put("datasources.default.url", postgres.jdbcUrl("callout"));
                properties.put("datasources.default.username", postgres.user());
                properties.put("datasources.default.password", postgres.password());
                properties.put(JwtSecret.PROPERTY, JwtSecret.resolve(data));
                properties.put("callout.passwords.argon2-memory-kib", 1024);
                properties.put("callout.passwords.argon2-iterations", 1);
                EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
                instance = new RunningCallout(server);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.stop();
                    postgres.close();
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
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
        Reply registered = post("/api/v1/auth/register", null, """
                {"role": "%s", "name": "Test %s", "email": "%s", "password": "correct horse battery"%s}"""
                .formatted(role, role, email, categories));
        if (registered.status() != 201) {
            throw new IllegalStateException("registration failed: " + registered.text());
        }
        Reply login = post("/api/v1/auth/login", null, """
                {"identifier": "%s", "password": "correct horse battery"}""".formatted(email));
        return new Account(registered.get("id"), email, login.get("access_token"));
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
