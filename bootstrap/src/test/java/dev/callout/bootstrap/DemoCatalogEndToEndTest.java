package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With demo data, the catalog is there to order from, and a demo customer and provider see an order through. */
@SuppressWarnings("unchecked")
class DemoCatalogEndToEndTest {

    private static RunningCallout demo;

    @BeforeAll
    static void start() {
        demo = RunningCallout.start(Map.of("callout.demo", "true"));
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static String login(String identifier) {
        Reply login = demo.post("/api/v1/auth/login", null,
                "{\"identifier\": \"" + identifier + "\", \"password\": \"" + DemoData.PASSWORD + "\"}");
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return login.get("access_token");
    }

    @Test
    void aDemoCustomerOrdersFromTheDemoCatalogAndADemoProviderCompletesIt() {
        List<Map<String, Object>> services = demo.get("/api/v1/services", null).data();
        assertThat(services).extracting(service -> service.get("name"))
                .containsExactly("Electrical safety check", "Home deep clean");
        Reply cleaning = demo.get("/api/v1/services/" + services.get(1).get("id"), null);
        List<Map<String, Object>> packages = (List<Map<String, Object>>) cleaning.json().get("packages");
        assertThat(packages).extracting(p -> p.get("name")).containsExactly("Studio or 1-bedroom", "Family home");

        String maria = login("maria@demo.callout.dev");
        String lito = login("+639191110003");
        Reply posted = demo.post("/api/v1/jobs", maria, """
                {"package_id": "%s", "details": {"rooms": 1, "size": "condo"},
                 "location": {"lat": 14.5547, "lng": 121.0244, "address": "123 Rizal St, Makati"}, "urgency": "immediate"}"""
                .formatted(packages.getFirst().get("id")));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        String job = "/api/v1/jobs/" + posted.get("id");
        assertThat(demo.post(job + "/accept", lito, null).status()).isEqualTo(200);
        for (String next : List.of("en_route", "in_progress", "completed")) {
            assertThat(demo.patch(job + "/status", lito, "{\"status\": \"" + next + "\"}").status()).isEqualTo(200);
        }

        Reply done = demo.get(job, maria);
        assertThat(done.json()).containsEntry("status", "completed").containsEntry("details", Map.of("rooms", 1, "size", "condo"));
        assertThat((List<Map<String, Object>>) done.json().get("timeline")).extracting(step -> step.get("status"))
                .containsExactly("requested", "accepted", "en_route", "in_progress", "completed");
    }
}
