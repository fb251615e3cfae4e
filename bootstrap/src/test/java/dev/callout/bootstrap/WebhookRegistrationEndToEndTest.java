package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.event.EventCodec;
import dev.callout.application.webhook.WebhookEvents;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Registering webhooks under the default rules (https and public addresses only), who may, and bad input. */
class WebhookRegistrationEndToEndTest {

    private final RunningCallout callout = RunningCallout.get();

    private Reply register(String token, String body) {
        return callout.post("/api/v1/admin/webhooks", token, body);
    }

    @Test
    void everyEventTypeTheOutboxCarriesIsEitherPublicToIntegratorsOrInternal() {
        Set<String> carried = callout.context.getBeansOfType(EventCodec.class).stream()
                .flatMap(codec -> codec.types().stream()).collect(Collectors.toSet());

        assertThat(carried).as("decide in WebhookEvents whether integrators may subscribe to a new event type")
                .allMatch(type -> WebhookEvents.PUBLIC.contains(type) ^ WebhookEvents.INTERNAL.contains(type));
        assertThat(carried).containsAll(WebhookEvents.PUBLIC).containsAll(WebhookEvents.INTERNAL);
    }

    @Test
    void theOpenApiDocumentDescribesTheWebhookRoutes() {
        Map<String, Object> paths = TrustWorld.map(callout.get("/api/v1/openapi", null).json().get("paths"));

        assertThat(paths).containsKeys("/api/v1/admin/webhooks", "/api/v1/admin/webhooks/{id}",
                "/api/v1/admin/webhooks/{id}/test", "/api/v1/admin/webhooks/{id}/deliveries");
        assertThat(TrustWorld.map(paths.get("/api/v1/admin/webhooks"))).containsKeys("get", "post");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://93.184.215.14/in          | must use https
            https://127.0.0.1/in             | non-public
            https://localhost:8443/in        | non-public
            https://[::1]/in                 | non-public
            https://[::ffff:10.0.0.1]/in     | non-public
            https://169.254.169.254/latest   | non-public
            https://2130706433/in            | four decimal numbers
            https://0177.0.0.1/in            | four decimal numbers
            https://user:pw@example.com/in   | credentials
            not a url                        | not a valid URL
            """)
    void hostileUrlsAreRefusedNamingTheField(String url, String reason) {
        Reply refused = register(callout.admin().token(), "{\"url\": \"" + url + "\", \"events\": [\"*\"]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(refused.errorFields()).containsOnlyKeys("url");
        assertThat((String) refused.errorFields().get("url")).contains(reason);
    }

    @Test
    void internalOrUnknownEventTypesAreRefusedAndNothingIsRegistered() {
        long before = ((Number) ((Map<?, ?>) callout.get("/api/v1/admin/webhooks", callout.admin().token()).json().get("meta"))
                .get("total")).longValue();

        Reply internal = register(callout.admin().token(), "{\"url\": \"https://127.0.0.1/in\", \"events\": [\"session.revoked\"]}");
        Reply none = register(callout.admin().token(), "{\"url\": \"https://hooks.example.com/in\", \"events\": []}");
        Reply wrongType = register(callout.admin().token(), "{\"url\": \"https://hooks.example.com/in\", \"events\": \"*\"}");

        assertThat(internal.status()).isEqualTo(400);
        assertThat(internal.errorFields()).containsKeys("url", "events");
        assertThat((String) internal.errorFields().get("events")).contains("'session.revoked'").contains("payment.updated");
        assertThat(none.errorFields()).containsKey("events");
        Reply noBody = register(callout.admin().token(), null);
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.text()).doesNotContain("java.").doesNotContain("Exception");
        assertThat(((Number) ((Map<?, ?>) callout.get("/api/v1/admin/webhooks", callout.admin().token()).json().get("meta"))
                .get("total")).longValue()).isEqualTo(before);
    }

    @Test
    void onlyAdminsManageWebhooks() {
        String customer = callout.customer().token();
        String body = "{\"url\": \"https://hooks.example.com/in\", \"events\": [\"*\"]}";

        assertThat(register(null, body).status()).isEqualTo(401);
        assertThat(register(customer, body).status()).isEqualTo(403);
        assertThat(callout.get("/api/v1/admin/webhooks", customer).status()).isEqualTo(403);
        assertThat(callout.send("DELETE", "/api/v1/admin/webhooks/whk_1", customer, null).status()).isEqualTo(403);
        assertThat(callout.post("/api/v1/admin/webhooks/whk_1/test", customer, null).status()).isEqualTo(403);
        assertThat(callout.get("/api/v1/admin/webhooks/whk_1/deliveries", customer).status()).isEqualTo(403);
    }

    @Test
    void unknownEndpointsAreNotFoundAndADeletionIsAudited() {
        String admin = callout.admin().token();
        assertThat(callout.send("DELETE", "/api/v1/admin/webhooks/whk_missing", admin, null).errorCode())
                .isEqualTo("WEBHOOK_NOT_FOUND");
        assertThat(callout.post("/api/v1/admin/webhooks/nonsense/test", admin, null).status()).isEqualTo(404);
        assertThat(callout.get("/api/v1/admin/webhooks/whk_missing/deliveries", admin).status()).isEqualTo(404);
        assertThat(callout.get("/api/v1/admin/webhooks?limit=0", admin).status()).isEqualTo(400);

        Reply created = register(admin, "{\"url\": \"https://93.184.215.14/in\", \"events\": [\"payment.updated\"]}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.get("secret")).startsWith("whsec_");
        String id = created.get("id");
        assertThat(callout.send("DELETE", "/api/v1/admin/webhooks/" + id, admin, null).status()).isEqualTo(204);
        assertThat(callout.get("/api/v1/admin/webhooks/" + id + "/deliveries", admin).status()).isEqualTo(404);
        assertThat(callout.get("/api/v1/admin/audit-log?limit=100", admin).data())
                .anySatisfy(entry -> assertThat(entry).containsEntry("action", "webhook.created").containsEntry("target_id", id))
                .anySatisfy(entry -> assertThat(entry).containsEntry("action", "webhook.deleted").containsEntry("target_id", id));
    }
}
