package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --profile orders --demo}: the demo catalog at /api/services, and Maria's demo order waiting for a provider. */
@SuppressWarnings("unchecked")
class OrdersDemoEndToEndTest {

    private static RunningCallout demo;

    @BeforeAll
    static void start() {
        demo = RunningCallout.start(Map.of("callout.profile", "orders", "callout.demo", "true"));
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @Test
    void theDemoCatalogIsOnOfferAndADemoCustomerSignsInToHerOrder() {
        Reply login = demo.post("/api/auth/login", null,
                "{\"email\": \"maria@demo.callout.dev\", \"password\": \"" + DemoData.PASSWORD + "\"}");
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        String maria = (String) ((Map<String, Object>) login.json().get("session")).get("accessToken");

        List<Map<String, Object>> services = (List<Map<String, Object>>) demo.get("/api/services", maria).json().get("services");
        assertThat(services).extracting(service -> service.get("name")).containsExactly("Electrical safety check", "Home deep clean");
        List<Map<String, Object>> orders = (List<Map<String, Object>>) demo.get("/api/orders", maria).json().get("orders");
        assertThat(orders).singleElement().satisfies(order -> assertThat(order)
                .containsEntry("serviceName", "Home deep clean").containsEntry("packageName", "Studio or 1-bedroom")
                .containsEntry("status", "requested")
                .containsEntry("details", Map.of("rooms", 1, "size", "condo", "pets", true)));
        Reply details = demo.get("/api/orders/" + orders.getFirst().get("id"), maria);
        assertThat(details.json()).containsEntry("status", "requested");
        assertThat((Map<String, Object>) details.json().get("progress")).containsEntry("percent", 0);
    }
}
