package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog, orders and job timelines over HTTP, on PostgreSQL. */
@SuppressWarnings("unchecked")
class OrdersEndToEndTest {

    private final RunningCallout callout = RunningCallout.get();
    private final TrustWorld world = new TrustWorld();

    static final String CLEANING_SERVICE = """
            {"name": "Home deep clean", "description": "Floors, kitchen and bathrooms", "category": "cleaning",
             "details_schema": [
               {"name": "rooms", "type": "number", "required": true},
               {"name": "size", "type": "string", "required": true, "choices": ["studio", "family home"]},
               {"name": "pets", "type": "boolean"},
               {"name": "preferred_date", "type": "date"}]}""";

    static final String STUDIO_PACKAGE = """
            {"name": "Studio", "description": "Two cleaners", "price": {"amount": "1200.00", "currency": "PHP"},
             "duration_minutes": 180, "features": ["supplies included", "eco products"]}""";

    /** A service with one package, made by the admin: [service id, package id]. */
    String[] serviceWithPackage(Account admin) {
        Reply service = callout.post("/api/v1/services", admin.token(), CLEANING_SERVICE);
        assertThat(service.status()).as(service.text()).isEqualTo(201);
        Reply added = callout.post("/api/v1/services/" + service.get("id") + "/packages", admin.token(), STUDIO_PACKAGE);
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return new String[] {service.get("id"), added.get("id")};
    }

    @Test
    void anAdminBuildsTheCatalogEveryoneReadsItAndEachChangeIsAudited() {
        Account admin = callout.admin();
        String[] ids = serviceWithPackage(admin);
        String serviceId = ids[0];
        String packageId = ids[1];
        Reply cheaper = callout.post("/api/v1/services/" + serviceId + "/packages", admin.token(),
                "{\"name\": \"Quick tidy\", \"price\": {\"amount\": 650}, \"duration_minutes\": 60}");
        assertThat(cheaper.status()).as(cheaper.text()).isEqualTo(201);

        Reply service = callout.get("/api/v1/services/" + serviceId, null);
        assertThat(service.status()).as(service.text()).isEqualTo(200);
        assertThat(service.json()).containsEntry("category", "cleaning").containsEntry("status", "active");
        assertThat((List<Map<String, Object>>) service.json().get("details_schema")).first()
                .isEqualTo(Map.of("name", "rooms", "type", "number", "required", true, "choices", List.of()));
        assertThat((List<Map<String, Object>>) service.json().get("packages"))
                .extracting(p -> p.get("id"), p -> p.get("price"))
                .containsExactly(tuple(cheaper.get("id"), Map.of("amount", "650.00", "currency", "PHP")),
                        tuple(packageId, Map.of("amount", "1200.00", "currency", "PHP")));
        assertThat(callout.get("/api/v1/services?category=cleaning&limit=100", null).data())
                .extracting(found -> found.get("id")).contains(serviceId);

        Reply renamed = callout.patch("/api/v1/packages/" + packageId, admin.token(), "{\"name\": \"Studio flat\"}");
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(renamed.json()).containsEntry("name", "Studio flat").containsEntry("duration_minutes", 180);
        assertThat(callout.send("DELETE", "/api/v1/packages/" + cheaper.get("id"), admin.token(), null).status()).isEqualTo(204);
        assertThat(callout.send("DELETE", "/api/v1/packages/" + cheaper.get("id"), admin.token(), null).errorCode())
                .isEqualTo("PACKAGE_NOT_FOUND");
        Reply archived = callout.patch("/api/v1/services/" + serviceId, admin.token(), "{\"status\": \"archived\"}");
        assertThat(archived.status()).as(archived.text()).isEqualTo(200);
        assertThat(callout.get("/api/v1/services?category=cleaning&limit=100", null).data())
                .extracting(found -> found.get("id")).doesNotContain(serviceId);
        assertThat(callout.get("/api/v1/services/" + serviceId, null).json()).containsEntry("status", "archived");

        List<Map<String, Object>> audit = callout.get("/api/v1/admin/audit-log?limit=100", admin.token()).data();
        assertThat(audit).filteredOn(entry -> List.of(serviceId, packageId, cheaper.get("id")).contains(entry.get("target_id")))
                .extracting(entry -> entry.get("action"))
                .containsExactly("service.archived", "package.deleted", "package.updated", "package.created", "package.created",
                        "service.created");
    }

    @Test
    void onlyAdminsChangeTheCatalogAndBadInputNamesEachField() {
        Account admin = callout.admin();
        Account customer = callout.customer();
        String[] ids = serviceWithPackage(admin);

        assertThat(callout.post("/api/v1/services", customer.token(), CLEANING_SERVICE).status()).isEqualTo(403);
        assertThat(callout.post("/api/v1/services", null, CLEANING_SERVICE).status()).isEqualTo(401);
        assertThat(callout.patch("/api/v1/packages/" + ids[1], customer.token(), "{\"name\": \"Mine\"}").status()).isEqualTo(403);
        assertThat(callout.send("DELETE", "/api/v1/packages/" + ids[1], customer.token(), null).status()).isEqualTo(403);

        Reply badSchema = callout.post("/api/v1/services", admin.token(), """
                {"name": "Odd", "category": "cleaning",
                 "details_schema": [{"name": "Rooms", "type": "integer"}, {"name": "x", "type": "number", "choices": ["a"]},
                                    {"name": "x", "type": "date"}]}""");
        assertThat(badSchema.status()).as(badSchema.text()).isEqualTo(400);
        assertThat(badSchema.errorFields()).containsOnlyKeys("details_schema[0].name", "details_schema[0].type",
                "details_schema[1].choices", "details_schema[2].name");
        Reply badReferences = callout.post("/api/v1/services", admin.token(),
                "{\"name\": \"Odd\", \"category\": \"juggling\", \"image_file_id\": \"fil_01JNX4Q2V3M6YB8Z0N1R2S3T4U\"}");
        assertThat(badReferences.status()).as(badReferences.text()).isEqualTo(400);
        assertThat(badReferences.errorFields()).containsOnlyKeys("category", "image_file_id");
        String packages = "/api/v1/services/" + ids[0] + "/packages";
        Reply badDuration = callout.post(packages, admin.token(),
                "{\"name\": \"Cheap\", \"price\": {\"amount\": \"-1\"}, \"duration_minutes\": 0}");
        assertThat(badDuration.status()).as(badDuration.text()).isEqualTo(400);
        assertThat(badDuration.errorFields()).containsOnlyKeys("price.amount", "duration_minutes");
        Reply badCurrency = callout.post(packages, admin.token(),
                "{\"name\": \"Cheap\", \"price\": {\"amount\": \"10.00\", \"currency\": \"USD\"}, \"duration_minutes\": 30}");
        assertThat(badCurrency.errorFields()).containsOnlyKeys("price.currency");
        Reply badDecimals = callout.post(packages, admin.token(),
                "{\"name\": \"Cheap\", \"price\": {\"amount\": \"10.001\"}, \"duration_minutes\": 30}");
        assertThat(badDecimals.errorFields()).containsOnlyKeys("price.amount");
        assertThat(callout.get("/api/v1/services/svc_01JNX4Q2V3M6YB8Z0N1R2S3T4U", null).errorCode()).isEqualTo("SERVICE_NOT_FOUND");
        assertThat(callout.get("/api/v1/services/" + ids[0], null).json().get("packages")).asList().hasSize(1);
    }

    private static String order(String packageId, String details) {
        return """
                {"package_id": "%s", "details": %s, "description": "Bring a ladder", "title": "Deep clean", "duration_hours": 3,
                 "location": {"lat": 14.5547, "lng": 121.0244, "address": "123 Rizal St, Makati"}, "urgency": "immediate"}"""
                .formatted(packageId, details);
    }

    @Test
    void aCustomerOrdersAPackageWithDetailsAndTheJobKeepsWhatWasOrdered() {
        Account admin = callout.admin();
        Account customer = callout.customer();
        Account cleaner = callout.provider("cleaning");
        String[] ids = serviceWithPackage(admin);

        Reply posted = callout.post("/api/v1/jobs", customer.token(),
                order(ids[1], "{\"rooms\": 2.50, \"size\": \"studio\", \"pets\": false, \"preferred_date\": \"2030-06-30\"}"));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        String jobId = posted.get("id");
        assertThat(posted.json()).containsEntry("category", "cleaning").containsEntry("title", "Deep clean")
                .containsEntry("duration_hours", 3);
        assertThat((Map<String, Object>) posted.json().get("price")).containsEntry("basis", "package").containsEntry("total",
                Map.of("amount", "1200.00", "currency", "PHP"));
        Reply repriced = callout.patch("/api/v1/packages/" + ids[1], admin.token(),
                "{\"name\": \"Studio XL\", \"price\": {\"amount\": \"5000.00\"}}");
        assertThat(repriced.status()).as(repriced.text()).isEqualTo(200);
        assertThat(callout.patch("/api/v1/services/" + ids[0], admin.token(), "{\"status\": \"archived\"}").status()).isEqualTo(200);

        assertThat(callout.get("/api/v1/jobs?status=requested&category=cleaning&limit=100", cleaner.token()).data())
                .as("offered to the category's providers like any job").extracting(job -> job.get("id")).contains(jobId);
        Reply seen = callout.get("/api/v1/jobs/" + jobId, cleaner.token());
        assertThat(seen.json()).containsEntry("service", Map.of("id", ids[0], "name", "Home deep clean"))
                .containsEntry("package", Map.of("id", ids[1], "name", "Studio",
                        "price", Map.of("amount", "1200.00", "currency", "PHP"), "duration_minutes", 180))
                .containsEntry("details", Map.of("rooms", 2.5, "size", "studio", "pets", false, "preferred_date", "2030-06-30"));
        assertThat(callout.post("/api/v1/jobs/" + jobId + "/accept", cleaner.token(), null).status()).isEqualTo(200);
        for (String next : List.of("en_route", "in_progress", "completed")) {
            Reply moved = callout.patch("/api/v1/jobs/" + jobId + "/status", cleaner.token(), "{\"status\": \"" + next + "\"}");
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        }

        Reply done = callout.get("/api/v1/jobs/" + jobId, customer.token());
        assertThat((Map<String, Object>) done.json().get("price")).containsEntry("total", Map.of("amount", "1200.00", "currency", "PHP"));
        assertThat(done.json().get("package")).isEqualTo(seen.json().get("package"));
        assertThat(timeline(done)).extracting(step -> step.get("status"))
                .containsExactly("requested", "accepted", "en_route", "in_progress", "completed");
    }

    @Test
    void anOrderWhoseDetailsDoNotFitIsRefusedNamingEachFieldAndPostsNothing() {
        Account admin = callout.admin();
        Account customer = callout.customer();
        String[] ids = serviceWithPackage(admin);
        Object before = callout.get("/api/v1/jobs?limit=1", customer.token()).json().get("meta");

        Reply refused = callout.post("/api/v1/jobs", customer.token(),
                order(ids[1], "{\"rooms\": \"two\", \"size\": \"castle\", \"pets\": 1, \"garden\": true}"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsOnlyKeys("details.rooms", "details.size", "details.pets", "details.garden");
        Reply missing = callout.post("/api/v1/jobs", customer.token(), order(ids[1], "{}"));
        assertThat(missing.errorFields()).containsOnlyKeys("details.rooms", "details.size");
        Reply withCategory = callout.post("/api/v1/jobs", customer.token(),
                order(ids[1], "{}").replace("\"urgency\"", "\"category\": \"plumber\", \"urgency\""));
        assertThat(withCategory.errorFields()).containsOnlyKeys("category");
        Reply unknown = callout.post("/api/v1/jobs", customer.token(), order("pkg_01JNX4Q2V3M6YB8Z0N1R2S3T4U", "{}"));
        assertThat(unknown.errorFields()).containsOnlyKeys("package_id");
        assertThat(callout.patch("/api/v1/services/" + ids[0], admin.token(), "{\"status\": \"archived\"}").status()).isEqualTo(200);
        Reply archived = callout.post("/api/v1/jobs", customer.token(), order(ids[1], "{\"rooms\": 1, \"size\": \"studio\"}"));
        assertThat(archived.errorFields()).containsOnlyKeys("package_id");
        assertThat(callout.get("/api/v1/jobs?limit=1", customer.token()).json().get("meta")).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> timeline(Reply job) {
        return (List<Map<String, Object>>) job.json().get("timeline");
    }

    @Test
    void aJobsTimelineShowsEveryStepWithItsActorToItsPartiesOnly() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        Account other = callout.provider("plumber");
        String requested = world.job(customer, provider, "requested");
        assertThat(timeline(callout.get("/api/v1/jobs/" + requested, other.token())))
                .as("a provider the open job is offered to").isNull();

        String jobId = world.job(customer, provider, "completed");

        Reply job = callout.get("/api/v1/jobs/" + jobId, customer.token());
        assertThat(job.status()).as(job.text()).isEqualTo(200);
        assertThat(timeline(job)).extracting(step -> step.get("status"), step -> step.get("actor_id"), step -> step.get("actor_role"))
                .containsExactly(
                        tuple("requested", customer.id(), "customer"),
                        tuple("accepted", provider.id(), "provider"),
                        tuple("in_progress", provider.id(), "provider"),
                        tuple("completed", provider.id(), "provider"));
        assertThat(timeline(job).getLast().get("at")).isEqualTo(job.get("completed_at"));
        assertThat(timeline(callout.get("/api/v1/jobs/" + jobId, callout.admin().token()))).hasSize(4);
        assertThat(callout.get("/api/v1/jobs/" + jobId, other.token()).status()).isEqualTo(404);
    }
}
