package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route that takes a JSON body, driven with every kind of malformed input for each of its
 * fields (wrong JSON types, one value for an array and an array for one value, control and bidi
 * characters, lone surrogates, overlong strings, out-of-range numbers) and for the body as a whole
 * (trailing content, a second document, invalid UTF-8, duplicate keys). Each answer must be a 400
 * (a 404 for a malformed id) in the envelope, naming the field where there is one, with no class
 * name, stack trace or SQL in it; and what the route would change must read the same afterwards.
 */
class MalformedInputEndToEndTest {

    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|io\\.micronaut|com\\.fasterxml|org\\.postgresql|org\\.jooq|dev\\.callout|Exception"
                    + "|\\bSQL\\b|select \"|insert into|\\.java:\\d+|\\bat \\w+\\.\\w+\\(");

    private final RunningCallout callout = RunningCallout.get();
    private final TrustWorld world = new TrustWorld();

    /** What a field holds, which decides the malformed values it is driven with. */
    enum Kind {
        /** a name, address, code or email: one line */
        LINE,
        /** a description, reason, comment or note: tabs and line feeds allowed */
        TEXT,
        /** one of a few words (a status, a role, a method) */
        WORD,
        /** an id: a malformed one may also be "not found" */
        ID,
        /** a password or token: any characters, bounded */
        SECRET,
        NUMBER,
        WHOLE_NUMBER,
        FLAG,
        /** an amount of money: a JSON number or a decimal string */
        DECIMAL,
        INSTANT,
        DATE,
        /** a list of one-line strings */
        LINES,
        /** a nested object */
        OBJECT
    }

    /** A field at a dotted path in the body, its kind and its length limit (or item limit for lists). */
    record Field(String path, Kind kind, int max) {
        static Field of(String path, Kind kind) {
            return new Field(path, kind, 0);
        }
    }

    record Route(String name, String method, String path, String token, Map<String, Object> body, List<Field> fields,
                 Supplier<Object> state) {
    }

    /** A JSON literal put in place of a field's value; {@code maybeNotFound}: a 404 is as good as a 400. */
    record Bad(String label, String json, boolean maybeNotFound) {
        static Bad of(String label, String json) {
            return new Bad(label, json, false);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRouteRefusesEveryMalformedFieldAndChangesNothing() {
        return routes().stream().map(route -> DynamicTest.dynamicTest(route.name(), () -> drive(route)));
    }

    private void drive(Route route) {
        Object before = route.state().get();
        List<String> failures = new ArrayList<>();
        for (Field field : route.fields()) {
            for (Bad bad : badValues(field)) {
                Map<String, Object> body = deepCopy(route.body());
                put(body, field.path(), new Raw(bad.json()));
                byte[] bytes = json(body).getBytes(StandardCharsets.UTF_8);
                Reply reply = callout.sendBytes(route.method(), route.path(), route.token(), bytes);
                check(failures, field.path() + " = " + bad.label(), reply, bad.maybeNotFound() ? Set.of(400, 404) : Set.of(400),
                        bad.maybeNotFound() && reply.status() == 404 ? null : field.path());
            }
        }
        for (Map.Entry<String, byte[]> broken : brokenBodies(json(route.body())).entrySet()) {
            Reply reply = callout.sendBytes(route.method(), route.path(), route.token(), broken.getValue());
            check(failures, broken.getKey(), reply, Set.of(400), null);
        }
        assertThat(failures).as(route.name()).isEmpty();
        assertThat(route.state().get()).as("what %s would change", route.name()).isEqualTo(before);
    }

    private static void check(List<String> failures, String what, Reply reply, Set<Integer> statuses, String field) {
        String problem = null;
        if (!statuses.contains(reply.status())) {
            problem = "status " + reply.status();
        } else if (reply.json() == null || !(reply.json().get("error") instanceof Map<?, ?>)) {
            problem = "no envelope";
        } else if (INTERNALS.matcher(reply.text()).find()) {
            problem = "internals in the answer";
        } else if (field != null && reply.errorFields().keySet().stream().noneMatch(name -> name.startsWith(field))) {
            problem = "the field is not named";
        }
        if (problem != null) {
            failures.add(what + ": " + problem + " -> " + reply.text());
        }
    }

    private static List<Bad> badValues(Field field) {
        List<Bad> values = new ArrayList<>();
        String tooLong = "\"" + "x".repeat(Math.max(field.max(), 1) + 1) + "\"";
        List<Bad> notAString = List.of(Bad.of("a number", "5"), Bad.of("a boolean", "true"), Bad.of("an array", "[\"x\"]"),
                Bad.of("an object", "{\"x\": \"y\"}"));
        switch (field.kind()) {
            case LINE -> {
                values.addAll(notAString);
                values.addAll(List.of(Bad.of("a NUL", "\"a\\u0000b\""), Bad.of("an ANSI escape", "\"\\u001b[31mred\""),
                        Bad.of("a line feed", "\"two\\nlines\""), Bad.of("a tab", "\"a\\tb\""),
                        Bad.of("a bidi override", "\"\\u202Egnp.exe\""), Bad.of("a bidi isolate", "\"a\\u2067b\""),
                        Bad.of("a lone surrogate", "\"\\uD800x\""), Bad.of("a C1 control", "\"a\\u0085b\""),
                        Bad.of("too long", tooLong)));
            }
            case TEXT -> {
                values.addAll(notAString);
                values.addAll(List.of(Bad.of("a NUL", "\"a\\u0000b\""), Bad.of("an ANSI escape", "\"\\u001b[2Jgone\""),
                        Bad.of("a carriage return", "\"over\\rwritten\""), Bad.of("a DEL", "\"a\\u007fb\""),
                        Bad.of("a lone surrogate", "\"x\\uDC00\""), Bad.of("too long", tooLong)));
            }
            case WORD -> {
                values.addAll(notAString);
                values.addAll(List.of(Bad.of("a NUL", "\"active\\u0000\""), Bad.of("a lone surrogate", "\"\\uD800\""),
                        Bad.of("too long", "\"" + "x".repeat(10_000) + "\"")));
            }
            case ID -> {
                values.addAll(notAString);
                values.add(Bad.of("a lone surrogate", "\"job_\\uD800\""));
                values.addAll(List.of(new Bad("a NUL", "\"job_\\u0000\"", true), new Bad("a bidi override", "\"job_\\u202E1\"", true),
                        new Bad("too long", "\"job_" + "1".repeat(1_000) + "\"", true)));
            }
            case SECRET -> {
                values.addAll(notAString);
                values.addAll(List.of(Bad.of("a lone surrogate", "\"secret\\uD800pw\""), Bad.of("too long", tooLong)));
            }
            case NUMBER -> values.addAll(List.of(Bad.of("a string", "\"14.5\""), Bad.of("a boolean", "true"),
                    Bad.of("an array", "[14.5]"), Bad.of("an object", "{}"), Bad.of("infinite", "1e999")));
            case WHOLE_NUMBER -> values.addAll(List.of(Bad.of("a fraction", "4.5"), Bad.of("a string", "\"4\""),
                    Bad.of("a boolean", "true"), Bad.of("an array", "[4]"), Bad.of("an exponent", "4e0"),
                    Bad.of("out of range", "99999999999")));
            case FLAG -> values.addAll(List.of(Bad.of("a string", "\"true\""), Bad.of("a number", "1"), Bad.of("an array", "[true]")));
            case DECIMAL -> values.addAll(List.of(Bad.of("a boolean", "true"), Bad.of("an array", "[100]"),
                    Bad.of("a word", "\"ten\""), Bad.of("an exponent string", "\"1e3\""), Bad.of("an object", "{}"),
                    Bad.of("an absurd exponent", "1e999999999"), Bad.of("absurd precision", "0." + "1".repeat(200))));
            case INSTANT -> values.addAll(List.of(Bad.of("epoch seconds", "1900000000"), Bad.of("a boolean", "true"),
                    Bad.of("an array", "[\"2030-01-01T00:00:00Z\"]"), Bad.of("a NUL", "\"2030-01-01T00:00:00Z\\u0000\"")));
            case DATE -> values.addAll(List.of(Bad.of("a number", "20300630"), Bad.of("a boolean", "true"),
                    Bad.of("an array", "[\"2030-06-30\"]")));
            case OBJECT -> values.addAll(List.of(Bad.of("a string", "\"Makati\""), Bad.of("a number", "5"),
                    Bad.of("an array", "[{\"lat\": 14.5, \"lng\": 121.0}]"), Bad.of("a boolean", "true")));
            case LINES -> values.addAll(List.of(Bad.of("one value", "\"plumber\""), Bad.of("a number inside", "[5]"),
                    Bad.of("an array inside", "[[\"plumber\"]]"), Bad.of("a NUL inside", "[\"plumber\\u0000\"]"),
                    Bad.of("a bidi override inside", "[\"\\u202Eplumber\"]"), Bad.of("a null inside", "[null]"),
                    Bad.of("too many", "[" + String.join(",", IntStream.rangeClosed(0, field.max())
                            .mapToObj(i -> "\"x" + i + "\"").toList()) + "]")));
        }
        return values;
    }

    /** The valid body broken as a whole; the unknown field "zz" is ignored by every route, so only the breakage can be refused. */
    private static Map<String, byte[]> brokenBodies(String valid) {
        Map<String, byte[]> broken = new LinkedHashMap<>();
        broken.put("trailing garbage", (valid + " garbage").getBytes(StandardCharsets.UTF_8));
        broken.put("a second document", (valid + " {}").getBytes(StandardCharsets.UTF_8));
        broken.put("an array around it", ("[" + valid + "]").getBytes(StandardCharsets.UTF_8));
        broken.put("a duplicate key", ("{\"zz\": 1, \"zz\": 2, " + valid.substring(1)).getBytes(StandardCharsets.UTF_8));
        broken.put("a lone surrogate in an ignored field", ("{\"zz\": \"\\uD83D\", " + valid.substring(1)).getBytes(StandardCharsets.UTF_8));
        broken.put("a truncated body", valid.substring(0, valid.length() - 1).getBytes(StandardCharsets.UTF_8));
        broken.put("an overlong UTF-8 slash", withBytes(valid, 0xC0, 0xAF));
        broken.put("an overlong UTF-8 NUL", withBytes(valid, 0xC0, 0x80));
        broken.put("a byte that is never UTF-8", withBytes(valid, 0xFF));
        broken.put("a surrogate encoded in UTF-8", withBytes(valid, 0xED, 0xA0, 0x80));
        broken.put("a truncated UTF-8 sequence", withBytes(valid, 0xE2, 0x82));
        return broken;
    }

    private static byte[] withBytes(String valid, int... bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"zz\": \"a".getBytes(StandardCharsets.UTF_8));
        for (int b : bytes) {
            out.write(b);
        }
        out.writeBytes(("b\", " + valid.substring(1)).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private List<Route> routes() {
        Account admin = callout.admin();
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        Account mover = callout.provider("electrician");
        Account target = callout.customer();
        String requested = world.job(customer, provider, "requested");
        String working = world.job(customer, provider, "in_progress");
        String completed = world.job(customer, provider, "completed");
        String disputed = world.job(customer, provider, "in_progress");
        Reply review = callout.post("/api/v1/reviews", customer.token(),
                "{\"job_id\": \"" + completed + "\", \"rating\": 4, \"comment\": \"fine\"}");
        assertThat(review.status()).as(review.text()).isEqualTo(201);
        Reply dispute = callout.post("/api/v1/disputes", customer.token(),
                "{\"job_id\": \"" + disputed + "\", \"reason\": \"the tap still drips\"}");
        assertThat(dispute.status()).as(dispute.text()).isEqualTo(201);
        callout.patch("/api/v1/providers/me/availability", mover.token(), "{\"status\": \"online\"}");
        callout.patch("/api/v1/providers/me/location", mover.token(), "{\"lat\": 14.5547, \"lng\": 121.0244}");

        Map<String, Object> place = body("lat", 14.5547, "lng", 121.0244, "address", "123 Rizal St, Makati");
        Map<String, Object> job = body("category", "plumber", "description", "Leaking pipe", "location", place,
                "dropoff", deepCopy(place), "urgency", "scheduled", "scheduled_at", "2030-01-01T00:00:00Z",
                "budget", body("amount", "850.00", "currency", "PHP"), "favorites_first", false, "title", "Fix a leak",
                "duration_hours", 2, "image_file_ids", List.of());
        List<Field> jobFields = List.of(new Field("category", Kind.LINE, 64), new Field("description", Kind.TEXT, 2000),
                Field.of("location", Kind.OBJECT), Field.of("location.lat", Kind.NUMBER), Field.of("location.lng", Kind.NUMBER),
                new Field("location.address", Kind.LINE, 500), new Field("dropoff.address", Kind.LINE, 500),
                Field.of("dropoff.lat", Kind.NUMBER), Field.of("urgency", Kind.WORD), Field.of("scheduled_at", Kind.INSTANT),
                Field.of("budget.amount", Kind.DECIMAL), new Field("budget.currency", Kind.LINE, 3),
                Field.of("favorites_first", Kind.FLAG), new Field("title", Kind.LINE, 120),
                Field.of("duration_hours", Kind.WHOLE_NUMBER), new Field("image_file_ids", Kind.LINES, 20));
        Map<String, Object> registration = body("role", "provider", "name", "Bad Input", "email", "bad-" + UUID.randomUUID()
                        + "@test.callout.dev", "phone", "+63917" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999),
                "password", "correct horse battery", "categories", List.of("plumber", "towing"),
                "vehicle_type", "flatbed", "licence_category", "c", "licence_number", "N01", "licence_expiry", "2030-06-30",
                "vehicle_registration", "NBC 1234");
        Supplier<Object> users = () -> callout.get("/api/v1/users?limit=1", admin.token()).json().get("meta");

        List<Route> routes = new ArrayList<>();
        routes.add(new Route("register", "POST", "/api/v1/auth/register", null, registration,
                List.of(Field.of("role", Kind.WORD), new Field("name", Kind.LINE, 120), new Field("email", Kind.LINE, 254),
                        new Field("phone", Kind.LINE, 254), new Field("password", Kind.SECRET, 128),
                        new Field("categories", Kind.LINES, 20), new Field("vehicle_type", Kind.LINE, 64),
                        new Field("licence_category", Kind.LINE, 64), new Field("licence_number", Kind.LINE, 64),
                        new Field("vehicle_registration", Kind.LINE, 64), Field.of("licence_expiry", Kind.DATE)), users));
        routes.add(new Route("login", "POST", "/api/v1/auth/login", null,
                body("identifier", customer.email(), "password", "correct horse battery"),
                List.of(new Field("identifier", Kind.LINE, 254), new Field("password", Kind.SECRET, 128)), users));
        for (String path : List.of("/api/v1/auth/otp/send", "/api/v1/auth/password/forgot")) {
            routes.add(new Route(path, "POST", path, null, body("identifier", target.email()),
                    List.of(new Field("identifier", Kind.LINE, 254)), users));
        }
        routes.add(new Route("verify a code", "POST", "/api/v1/auth/otp/verify", null,
                body("identifier", target.email(), "code", "123456"),
                List.of(new Field("identifier", Kind.LINE, 254), new Field("code", Kind.LINE, 6)), users));
        routes.add(new Route("reset a password", "POST", "/api/v1/auth/password/reset", null,
                body("identifier", target.email(), "code", "123456", "password", "a new long password"),
                List.of(new Field("identifier", Kind.LINE, 254), new Field("code", Kind.LINE, 6),
                        new Field("password", Kind.SECRET, 128)), users));
        routes.add(new Route("refresh", "POST", "/api/v1/auth/token/refresh", null, body("refresh_token", "rt_x"),
                List.of(new Field("refresh_token", Kind.LINE, 256)), users));
        routes.add(new Route("google", "POST", "/api/v1/auth/login/google", null, body("id_token", "x.y.z"),
                List.of(new Field("id_token", Kind.LINE, 8192)), users));
        Reply picture = world.uploadImage(target.token(), "profile", null, TrustWorld.png());
        assertThat(picture.status()).as(picture.text()).isEqualTo(201);
        routes.add(new Route("profile", "PATCH", "/api/v1/users/me", target.token(),
                body("name", "New Name", "email", "new-" + UUID.randomUUID() + "@test.callout.dev", "phone", "+639170000001",
                        "bio", "Dog walker", "address_text", "12 Soi Ari, Bangkok", "profile_image_file_id", picture.get("id")),
                List.of(new Field("name", Kind.LINE, 120), new Field("email", Kind.LINE, 254), new Field("phone", Kind.LINE, 254),
                        new Field("bio", Kind.TEXT, 1000), new Field("address_text", Kind.LINE, 500),
                        Field.of("profile_image_file_id", Kind.ID)),
                () -> callout.get("/api/v1/users/me", target.token()).json()));
        Supplier<Object> targetAndAudit = () -> List.of(callout.get("/api/v1/users/" + target.id(), admin.token()).json(),
                callout.get("/api/v1/admin/audit-log?limit=1", admin.token()).json().get("meta"));
        routes.add(new Route("admin changes an account", "PATCH", "/api/v1/admin/users/" + target.id(), admin.token(),
                body("status", "suspended", "note", "checked"),
                List.of(Field.of("status", Kind.WORD), new Field("note", Kind.TEXT, 1000)), targetAndAudit));
        routes.add(new Route("admin changes a provider", "PATCH", "/api/v1/admin/providers/" + mover.id(), admin.token(),
                body("status", "suspended", "note", "checked"),
                List.of(Field.of("status", Kind.WORD), new Field("note", Kind.TEXT, 1000)),
                () -> callout.get("/api/v1/users/" + mover.id(), admin.token()).json()));
        Supplier<Object> jobs = () -> callout.get("/api/v1/jobs?limit=1", customer.token()).json().get("meta");
        routes.add(new Route("quote", "POST", "/api/v1/jobs/quote", customer.token(), job, jobFields, jobs));
        routes.add(new Route("post a job", "POST", "/api/v1/jobs", customer.token(), job, jobFields, jobs));
        routes.add(new Route("change a job's status", "PATCH", "/api/v1/jobs/" + requested + "/status", customer.token(),
                body("status", "cancelled", "reason", "changed my mind"),
                List.of(Field.of("status", Kind.WORD), new Field("reason", Kind.TEXT, 500)),
                () -> callout.get("/api/v1/jobs/" + requested, customer.token()).json()));
        Supplier<Object> moverPosition = () -> callout.get("/api/v1/providers/nearby?lat=14.5547&lng=121.0244&category=electrician"
                        + "&limit=100", customer.token()).data().stream().filter(found -> mover.id().equals(found.get("id")))
                .map(found -> List.of(found.get("lat"), found.get("lng"), found.get("availability_status"))).toList();
        routes.add(new Route("availability", "PATCH", "/api/v1/providers/me/availability", mover.token(),
                body("status", "offline"), List.of(Field.of("status", Kind.WORD)), moverPosition));
        routes.add(new Route("location", "PATCH", "/api/v1/providers/me/location", mover.token(), body("lat", 14.6, "lng", 121.1),
                List.of(Field.of("lat", Kind.NUMBER), Field.of("lng", Kind.NUMBER)), moverPosition));
        routes.add(new Route("base location", "PATCH", "/api/v1/providers/me/base-location", mover.token(),
                body("lat", 14.6, "lng", 121.1, "address", "Poblacion, Makati"),
                List.of(Field.of("lat", Kind.NUMBER), Field.of("lng", Kind.NUMBER), new Field("address", Kind.LINE, 500)),
                () -> callout.get("/api/v1/providers/me/base-location", mover.token()).json()));
        routes.add(new Route("pay", "POST", "/api/v1/payments", customer.token(),
                body("job_id", working, "method", "card", "amount", "850.00", "currency", "PHP"),
                List.of(Field.of("job_id", Kind.ID), Field.of("method", Kind.WORD), Field.of("amount", Kind.DECIMAL),
                        new Field("currency", Kind.LINE, 3)),
                () -> callout.get("/api/v1/payments?limit=1", customer.token()).json().get("meta")));
        routes.add(new Route("refund", "POST", "/api/v1/payments/pay_01JNX4Q2V3M6YB8Z0N1R2S3T4U/refunds", admin.token(),
                body("amount", "10.00", "reason", "the tap still drips"),
                List.of(Field.of("amount", Kind.DECIMAL), new Field("reason", Kind.TEXT, 500)), users));
        routes.add(new Route("fee quote", "POST", "/api/v1/payments/fee-quote", customer.token(),
                body("amount", "1500.00", "currency", "PHP", "category", "plumber"),
                List.of(Field.of("amount", Kind.DECIMAL), new Field("currency", Kind.LINE, 3), new Field("category", Kind.LINE, 64)),
                users));
        routes.add(new Route("payout account", "PUT", "/api/v1/providers/me/payout-account", mover.token(),
                body("stripe_account_id", "acct_1Nv0FGQ9RKHgCVdK"), List.of(new Field("stripe_account_id", Kind.LINE, 70)),
                () -> callout.get("/api/v1/providers/me/payout-account", mover.token()).status()));
        routes.add(new Route("review", "POST", "/api/v1/reviews", provider.token(),
                body("job_id", completed, "rating", 5, "comment", "friendly"),
                List.of(Field.of("job_id", Kind.ID), Field.of("rating", Kind.WHOLE_NUMBER), new Field("comment", Kind.TEXT, 1000)),
                () -> callout.get("/api/v1/reviews/mine", provider.token()).json().get("meta")));
        String reviewId = review.get("id");
        routes.add(new Route("edit a review", "PATCH", "/api/v1/reviews/" + reviewId, customer.token(),
                body("rating", 2, "comment", "changed"),
                List.of(Field.of("rating", Kind.WHOLE_NUMBER), new Field("comment", Kind.TEXT, 1000)),
                () -> callout.get("/api/v1/reviews/" + reviewId, customer.token()).json()));
        routes.add(new Route("favourite", "POST", "/api/v1/favorites", customer.token(),
                body("provider_id", provider.id(), "note", "quick"),
                List.of(Field.of("provider_id", Kind.ID), new Field("note", Kind.TEXT, 500)),
                () -> callout.get("/api/v1/favorites", customer.token()).json().get("meta")));
        routes.add(new Route("raise a dispute", "POST", "/api/v1/disputes", customer.token(),
                body("job_id", working, "reason", "never came", "evidence_file_ids", List.of()),
                List.of(Field.of("job_id", Kind.ID), new Field("reason", Kind.TEXT, 2000), new Field("evidence_file_ids", Kind.LINES, 10)),
                () -> callout.get("/api/v1/disputes", customer.token()).json().get("meta")));
        String disputeId = dispute.get("id");
        routes.add(new Route("decide a dispute", "PATCH", "/api/v1/disputes/" + disputeId, admin.token(),
                body("status", "resolved", "action", "no_action", "amount", body("amount", "1.00", "currency", "PHP"),
                        "resolution", "checked the photos"),
                List.of(Field.of("status", Kind.WORD), Field.of("action", Kind.WORD), Field.of("amount.amount", Kind.DECIMAL),
                        new Field("amount.currency", Kind.LINE, 3), new Field("resolution", Kind.TEXT, 2000)),
                () -> callout.get("/api/v1/disputes/" + disputeId, admin.token()).json()));
        routes.add(new Route("chat", "POST", "/api/v1/jobs/" + working + "/messages", customer.token(),
                body("content", "on my way?", "image_file_id", null),
                List.of(new Field("content", Kind.TEXT, 2000), Field.of("image_file_id", Kind.ID)),
                () -> callout.get("/api/v1/jobs/" + working + "/messages", customer.token()).json().get("meta")));
        Reply service = callout.post("/api/v1/services", admin.token(), OrdersEndToEndTest.CLEANING_SERVICE);
        assertThat(service.status()).as(service.text()).isEqualTo(201);
        String serviceId = service.get("id");
        Reply servicePackage = callout.post("/api/v1/services/" + serviceId + "/packages", admin.token(),
                OrdersEndToEndTest.STUDIO_PACKAGE);
        assertThat(servicePackage.status()).as(servicePackage.text()).isEqualTo(201);
        String packageId = servicePackage.get("id");
        Supplier<Object> catalog = () -> List.of(callout.get("/api/v1/services/" + serviceId, null).json(),
                callout.get("/api/v1/services?limit=1", null).json().get("meta"),
                callout.get("/api/v1/admin/audit-log?limit=1", admin.token()).json().get("meta"));
        Map<String, Object> serviceBody = body("name", "Window washing", "description", "Inside and out", "image_file_id", null,
                "category", "cleaning", "details_schema", List.of(body("name", "windows", "type", "number", "required", true)));
        List<Field> serviceFields = List.of(new Field("name", Kind.LINE, 120), new Field("description", Kind.TEXT, 2000),
                Field.of("image_file_id", Kind.ID), new Field("category", Kind.LINE, 64), Field.of("details_schema", Kind.OBJECT));
        routes.add(new Route("add a service", "POST", "/api/v1/services", admin.token(), serviceBody, serviceFields, catalog));
        Map<String, Object> serviceChanges = deepCopy(serviceBody);
        serviceChanges.put("status", "archived");
        routes.add(new Route("change a service", "PATCH", "/api/v1/services/" + serviceId, admin.token(), serviceChanges,
                Stream.concat(serviceFields.stream(), Stream.of(Field.of("status", Kind.WORD))).toList(), catalog));
        Map<String, Object> packageBody = body("name", "Family home", "description", "Two cleaners",
                "price", body("amount", "2500.00", "currency", "PHP"), "duration_minutes", 240, "features", List.of("supplies"));
        List<Field> packageFields = List.of(new Field("name", Kind.LINE, 120), new Field("description", Kind.TEXT, 2000),
                Field.of("price", Kind.OBJECT), Field.of("price.amount", Kind.DECIMAL), new Field("price.currency", Kind.LINE, 3),
                Field.of("duration_minutes", Kind.WHOLE_NUMBER), new Field("features", Kind.LINES, 20));
        routes.add(new Route("add a package", "POST", "/api/v1/services/" + serviceId + "/packages", admin.token(), packageBody,
                packageFields, catalog));
        routes.add(new Route("change a package", "PATCH", "/api/v1/packages/" + packageId, admin.token(), packageBody,
                packageFields, catalog));
        Map<String, Object> order = body("package_id", packageId, "details", body("rooms", 2, "size", "studio"),
                "description", "Bring a ladder", "location", deepCopy(place), "urgency", "immediate", "title", "Deep clean",
                "duration_hours", 3, "image_file_ids", List.of());
        routes.add(new Route("order a package", "POST", "/api/v1/jobs", customer.token(), order,
                List.of(Field.of("package_id", Kind.ID), Field.of("details", Kind.OBJECT), new Field("description", Kind.TEXT, 2000),
                        Field.of("location.lat", Kind.NUMBER), Field.of("urgency", Kind.WORD), new Field("title", Kind.LINE, 120),
                        Field.of("duration_hours", Kind.WHOLE_NUMBER), new Field("image_file_ids", Kind.LINES, 20)), jobs));
        return routes;
    }

    @Test
    void aLoginWithOneElementArraysDoesNotSignIn() {
        Account customer = callout.customer();
        Reply reply = callout.post("/api/v1/auth/login", null,
                "{\"identifier\": [\"" + customer.email() + "\"], \"password\": [\"correct horse battery\"]}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text()).doesNotContain("access_token");
        assertThat(reply.errorFields()).containsKey("identifier");
    }

    @Test
    void freeTextKeepsTabsAndLineBreaksAndAnyScript() {
        Account customer = callout.customer();
        String description = "Leak under the sink\n\t- kitchen\nمطبخ 厨房 🚰";
        Reply posted = callout.post("/api/v1/jobs", customer.token(), json(body("category", "plumber", "description", description,
                "location", body("lat", 14.5547, "lng", 121.0244, "address", "Makati, Metro Manila"), "urgency", "immediate")));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        assertThat(callout.get("/api/v1/jobs/" + posted.get("id"), customer.token()).get("description")).isEqualTo(description);
    }

    @Test
    void malformedPathIdsAndQueryValuesAreRefusedBeforeAnyRoute() {
        Account customer = callout.customer();
        for (String path : List.of("/api/v1/jobs/job_%00", "/api/v1/files/fil_%00", "/api/v1/favorites/fav_%00",
                "/api/v1/users/usr_%00/reviews", "/api/v1/jobs?category=%00", "/api/v1/jobs?category=%E2%80%AEx",
                "/api/v1/jobs?status=%1B%5B31m", "/api/v1/jobs/job_%C0%AF", "/api/v1/jobs/job_%ED%A0%80", "/api/v1/notifications?read=maybe",
                "/api/v1/favorites?available=yes", "/api/v1/jobs?limit=lots", "/api/v1/jobs?page=99999999999",
                "/api/v1/services/svc_%00", "/api/v1/services?category=%E2%80%AEx", "/api/v1/services?limit=lots",
                "/api/v1/conversations?limit=lots", "/api/v1/conversations?page=99999999999")) {
            Reply reply = callout.get(path, customer.token());
            assertThat(reply.status()).as(path + " " + reply.text()).isIn(400, 404);
            assertThat(reply.errorCode()).as(path).isNotBlank();
            assertThat(INTERNALS.matcher(reply.text()).find()).as(path + " " + reply.text()).isFalse();
        }
    }

    @Test
    void socketFramesAreReadAsStrictlyAsBodies() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = world.job(customer, provider, "accepted");
        try (SocketProbe socket = SocketProbe.connect(callout.server.getURL().toString(), customer.token(), world.json())) {
            socket.await("connected");
            for (String frame : List.of("{\"event\": \"ping\", \"data\": {}} garbage", "{\"event\": \"ping\", \"data\": {}} {}",
                    "{\"event\": \"ping\", \"event\": \"typing\", \"data\": {}}",
                    "{\"event\": \"message.send\", \"data\": {\"job_id\": \"" + jobId + "\", \"content\": \"\\uD800\"}}")) {
                socket.sendRaw(frame);
                assertThat(socket.await("error").data()).as(frame).containsEntry("code", "MALFORMED_FRAME");
            }
            socket.sendRaw("{\"event\": \"message.send\", \"data\": {\"job_id\": \"" + jobId + "\", \"content\": \"a\\u0000\"}}");
            assertThat(socket.await("error").data()).containsEntry("code", "VALIDATION_ERROR");
        }
        assertThat(callout.get("/api/v1/jobs/" + jobId + "/messages", customer.token()).data()).isEmpty();
    }

    @Test
    void refusalsTheFrameworkMakesComeInTheEnvelopeToo() {
        Account customer = callout.customer();
        Map<String, Reply> replies = new LinkedHashMap<>();
        replies.put("wrong method", callout.send("PUT", "/api/v1/jobs", customer.token(), "{}"));
        replies.put("unknown route", callout.get("/api/v1/nowhere", customer.token()));
        replies.put("empty body", callout.sendBytes("POST", "/api/v1/jobs", customer.token(), " ".getBytes(StandardCharsets.UTF_8)));
        replies.put("unsupported media type", callout.send("POST", "/api/v1/jobs", customer.token(), "text/plain",
                "hello".getBytes(StandardCharsets.UTF_8), Map.of()));
        replies.put("foreign origin", callout.send("GET", "/api/v1/jobs", customer.token(), null, null,
                Map.of("Origin", "http://evil.example")));
        replies.put("body over the limit", callout.send("POST", "/api/v1/jobs", customer.token(), "application/json",
                new byte[27 * 1024 * 1024], Map.of()));
        for (Map.Entry<String, Reply> reply : replies.entrySet()) {
            assertThat(reply.getValue().status()).as(reply.getKey()).isBetween(400, 499);
            assertThat(reply.getValue().errorCode()).as(reply.getKey() + " " + reply.getValue().text()).isNotBlank();
            assertThat(INTERNALS.matcher(reply.getValue().text()).find()).as(reply.getValue().text()).isFalse();
        }
        assertThat(replies.get("unsupported media type").status()).isEqualTo(415);
        assertThat(replies.get("foreign origin").errorCode()).isEqualTo("ORIGIN_NOT_ALLOWED");
        assertThat(replies.get("body over the limit").status()).isEqualTo(413);
    }

    /** A JSON literal written as it is. */
    record Raw(String json) {
    }

    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>();
        body.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> map ? deepCopy((Map<String, Object>) map) : value));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            body.put(path, value);
        } else {
            put((Map<String, Object>) body.get(path.substring(0, dot)), path.substring(dot + 1), value);
        }
    }

    /** JSON text with {@link Raw} literals kept verbatim, so a test can send what no serializer would write. */
    static String json(Object value) {
        return switch (value) {
            case null -> "null";
            case Raw raw -> raw.json();
            case String text -> "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t")
                    + "\"";
            case Map<?, ?> map -> "{" + String.join(", ", map.entrySet().stream()
                    .map(entry -> json(entry.getKey()) + ": " + json(entry.getValue())).toList()) + "}";
            case List<?> list -> "[" + String.join(", ", list.stream().map(MalformedInputEndToEndTest::json).toList()) + "]";
            default -> value.toString();
        };
    }
}
