package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.PasswordHasher;
import dev.callout.application.port.Users;
import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Health, metrics, the generated OpenAPI document and the page that renders it. */
class OperationsEndToEndTest {

    private final RunningCallout callout = RunningCallout.get();

    @Test
    void healthIsPublicAndRevealsNoInternals() {
        Reply health = callout.get("/api/v1/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).containsEntry("status", "UP");
        assertThat(health.text()).doesNotContain("jdbc:postgresql");
    }

    @Test
    void theOpenApiDocumentDescribesTheRoutesAndTheDocsPageRendersIt() {
        Reply openApi = callout.get("/api/v1/openapi", null);
        assertThat(openApi.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) openApi.json().get("paths");
        assertThat(paths).containsKeys("/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/users/me",
                "/api/v1/jobs", "/api/v1/jobs/quote", "/api/v1/jobs/{id}", "/api/v1/jobs/{id}/accept",
                "/api/v1/jobs/{id}/status", "/api/v1/categories");
        Reply docs = callout.get("/api/v1/docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
        assertThat(docs.text()).contains("fetch('openapi')");
    }

    @Test
    void metricsArePrometheusTextForAdminsOnly() {
        assertThat(callout.get("/api/v1/metrics", null).status()).isEqualTo(401);
        assertThat(callout.get("/api/v1/metrics", callout.customer().token()).status()).isEqualTo(403);

        Users users = callout.context.getBean(Users.class);
        String email = "admin-" + System.nanoTime() + "@test.callout.dev";
        PasswordHasher hasher = callout.context.getBean(PasswordHasher.class);
        users.add(new User(new UserId("usr_admin" + System.nanoTime()), Role.ADMIN, "Admin", email, null,
                hasher.hash("admin password"), Set.of(), AccountStatus.ACTIVE, Instant.now()));
        String token = callout.post("/api/v1/auth/login", null,
                "{\"identifier\": \"%s\", \"password\": \"admin password\"}".formatted(email)).get("access_token");

        Reply metrics = callout.get("/api/v1/metrics", token);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("# TYPE").contains("http_server_requests");
    }

    @Test
    void categoriesArePublicWithTheirTariffs() {
        Reply categories = callout.get("/api/v1/categories", null);
        assertThat(categories.status()).isEqualTo(200);
        assertThat(categories.text()).contains("\"code\":\"towing\"").contains("\"platform_fee_rate\":\"0.05\"");
    }
}
