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
import java.util.List;
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
        assertThat(docs.text()).contains("/console/vendor/swagger-ui/5.34.1/swagger-ui-bundle.js", "/console/assets/docs.js")
                .doesNotContain("<script>", "<style>");
        assertThat(docs.raw().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).startsWith("default-src 'none'").contains("script-src 'self'").doesNotContain("unsafe"));
        for (String asset : List.of("/console/vendor/swagger-ui/5.34.1/swagger-ui-bundle.js",
                "/console/vendor/swagger-ui/5.34.1/swagger-ui.css", "/console/assets/docs.js")) {
            assertThat(callout.get(asset, null).status()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void theConsoleIsServedWithItsLibrariesAndAStrictPolicy() {
        Reply page = callout.get("/console", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<meta name=\"callout-tile-url\" content=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\">")
                .doesNotContain("<script>", "<style>", "style=\"");
        assertThat(page.raw().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .startsWith("default-src 'none'").contains("script-src 'self';", "img-src 'self' data: https://tile.openstreetmap.org;")
                .doesNotContain("unsafe"));
        for (String asset : List.of("/console/assets/console.js", "/console/assets/console.css",
                "/console/vendor/leaflet/1.9.4/dist/leaflet.js", "/console/vendor/leaflet/1.9.4/dist/leaflet.css",
                "/console/vendor/uplot/1.6.30/dist/uPlot.iife.min.js", "/console/vendor/uplot/1.6.30/dist/uPlot.min.css")) {
            assertThat(callout.get(asset, null).status()).as(asset).isEqualTo(200);
        }
        assertThat(callout.get("/console/assets/missing.js", null).status()).isEqualTo(404);
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
