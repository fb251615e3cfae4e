package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.Route;
import dev.callout.bootstrap.probe.Product.Door;
import dev.callout.bootstrap.probe.Product.Knocker;
import dev.callout.bootstrap.probe.Product.Party;
import dev.callout.bootstrap.probe.Surface.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The black-box probes of a product profile, over HTTP and its sockets' handshakes, on every route the
 * server serves for it (read from its route table, so a new route is probed from the moment it exists
 * and cannot ship without a declared caller). Every refusal must be a 4xx in the product's own error
 * format without Java or SQL internals, and leave the world as its owners see it unchanged. A subclass
 * per product holds one server for its tests.
 */
abstract class ProductProbes {

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<Integer> CLIENT_ERRORS = IntStream.range(400, 500).boxed().collect(Collectors.toSet());

    abstract Product product();

    @Test
    void theAccessTableNamesEveryRouteTheServerServes() {
        Product product = product();
        Set<String> served = product.served().stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(served).as("declare who may call each route in " + product.getClass().getSimpleName())
                .isEqualTo(product.access.keySet());
    }

    @Test
    void everyRouteThatIsNotPublicRefusesAMissingOrBadToken() throws Exception {
        Product product = product();
        Map<String, String> bad = badTokens(product);
        Map<String, Object> before = product.snapshot();
        List<String> failures = new ArrayList<>();
        int probed = 0;
        for (Route route : product.served()) {
            if (!product.access.containsKey(route.key()) || product.access.get(route.key()) == null) {
                continue;
            }
            String path = product.path(route, variable -> product.worldId(route.key(), variable));
            for (Map.Entry<String, String> token : bad.entrySet()) {
                Answer answer = call(product, route, path, token.getValue());
                refusal(failures, product, route.key() + " " + token.getKey(), answer,
                        product.sockets().contains(route.key()) ? CLIENT_ERRORS : Set.of(401));
            }
            probed++;
        }
        assertThat(failures).isEmpty();
        assertThat(probed).isGreaterThan(3);
        assertThat(product.snapshot()).isEqualTo(before);
    }

    @Test
    void everyJsonBodyRefusesBrokenJsonWrongTypesAndHugeValues() {
        Product product = product();
        Map<String, Object> before = product.snapshot();
        List<String> failures = new ArrayList<>();
        int probed = 0;
        for (Route route : jsonRoutes(product)) {
            Party caller = product.caller(route.key());
            String token = caller == null ? null : caller.token();
            String path = product.path(route, variable -> product.worldId(route.key(), variable));
            Map<String, byte[]> hostile = new LinkedHashMap<>(MalformedInputProbeTest.brokenBodies());
            hostile.put("100,000 nested arrays", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
            hostile.put("5,000 nested objects", ("{\"zz\": " + "{\"a\": ".repeat(5_000) + "1" + "}".repeat(5_000) + "}")
                    .getBytes(StandardCharsets.UTF_8));
            hostile.put("a 2 MiB string", ("{\"zz\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
            if (!product.optionalBody().contains(route.key())) {
                hostile.put("an empty body", new byte[0]);
            }
            Map<String, Object> plausible = product.plausibleBody(route.key());
            for (Field field : Surface.fields(schemaOf(plausible))) {
                for (MalformedInputProbeTest.Bad wrong : wrongValues(field, product.ignoredFields().contains(field.path()))) {
                    hostile.put(field.path() + " = " + wrong.label(), with(product, plausible, field.path(), wrong.json())
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            for (Map.Entry<String, byte[]> body : hostile.entrySet()) {
                Answer answer = product.target.send(route.method(), path, token, "application/json", body.getValue(), Map.of());
                refusal(failures, product, route.key() + " " + body.getKey(), answer, CLIENT_ERRORS);
                probed++;
            }
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
                Answer answer = product.target.send(route.method(), path, token, type,
                        product.json(plausible).getBytes(StandardCharsets.UTF_8), Map.of());
                refusal(failures, product, route.key() + " as " + type, answer, CLIENT_ERRORS);
                probed++;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(probed).isGreaterThan(20);
        assertThat(product.snapshot()).isEqualTo(before);
    }

    @Test
    void everyUploadRefusesAMissingOrBrokenForm() {
        Product product = product();
        Map<String, Object> before = product.snapshot();
        List<String> failures = new ArrayList<>();
        List<Route> uploads = product.served().stream().filter(Route::multipart).toList();
        for (Route route : uploads) {
            Party caller = product.caller(route.key());
            String path = product.path(route, variable -> product.worldId(route.key(), variable));
            Map<String, Map.Entry<String, byte[]>> broken = new LinkedHashMap<>();
            broken.put("no body", Map.entry("", new byte[0]));
            broken.put("an empty form", Map.entry("multipart/form-data; boundary=probe", "--probe--\r\n".getBytes(StandardCharsets.UTF_8)));
            broken.put("a form cut short", Map.entry("multipart/form-data; boundary=probe",
                    "--probe\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n\u0089PNG".getBytes(StandardCharsets.UTF_8)));
            broken.put("a form without its boundary", Map.entry("multipart/form-data", "--x\r\n\r\n--x--".getBytes(StandardCharsets.UTF_8)));
            broken.put("a text file", Map.entry("multipart/form-data; boundary=probe",
                    ("--probe\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n"
                            + "not an image\r\n--probe--\r\n").getBytes(StandardCharsets.UTF_8)));
            for (Map.Entry<String, Map.Entry<String, byte[]>> form : broken.entrySet()) {
                if (product.leftOut().contains(route.key() + " with " + form.getKey())) {
                    continue;
                }
                String type = form.getValue().getKey();
                Answer answer = product.target.send(route.method(), path, caller == null ? null : caller.token(),
                        type.isEmpty() ? null : type, form.getValue().getValue(), Map.of());
                refusal(failures, product, route.key() + " with " + form.getKey(), answer, CLIENT_ERRORS);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(product.snapshot()).isEqualTo(before);
    }

    @Test
    void everyJsonBodyWithoutItsFieldsIsRefusedOrChangesNothing() {
        Product product = product();
        Map<String, Object> before = product.snapshot();
        List<String> failures = new ArrayList<>();
        for (Route route : jsonRoutes(product)) {
            if (product.optionalBody().contains(route.key())) {
                continue;
            }
            Party caller = product.caller(route.key());
            String path = product.path(route, variable -> product.worldId(route.key(), variable));
            Answer answer = product.target.send(route.method(), path, caller == null ? null : caller.token(), "{}");
            if (answer.status() >= 400 || product.inErrorFormat(answer)) {
                refusal(failures, product, route.key() + " {}", answer, CLIENT_ERRORS);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(product.snapshot()).isEqualTo(before);
    }

    @Test
    void everyIdThatNamesNothingIsRefused() {
        Product product = product();
        Map<String, Object> before = product.snapshot();
        List<String> failures = new ArrayList<>();
        int probed = 0;
        for (Route route : product.served()) {
            if (!Product.hasVariables(route) || product.spendingTheCaller().contains(route.key())
                    || product.notJson().contains(route.key())) {
                continue;
            }
            Party caller = product.caller(route.key());
            for (Map.Entry<String, Function<String, String>> ids : Map.<String, Function<String, String>>of(
                    "an unknown id", product::unknownId, "a malformed id", variable -> "x%27%22%3B--", "a huge id",
                    variable -> "9".repeat(400)).entrySet()) {
                String path = product.path(route, ids.getValue());
                Answer answer = call(product, route, path, caller == null ? null : caller.token());
                refusal(failures, product, route.key() + " with " + ids.getKey() + " " + path, answer, CLIENT_ERRORS);
                probed++;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(probed).isGreaterThan(3);
        assertThat(product.snapshot()).isEqualTo(before);
    }

    @Test
    void nobodyOutsideAResourceReadsOrChangesIt() {
        Product product = product();
        Map<String, Object> before = product.snapshot();
        List<String> failures = new ArrayList<>();
        int probed = 0;
        for (Route route : product.served()) {
            if (!Product.hasVariables(route) || product.sharedByDesign().contains(route.key())
                    || product.notJson().contains(route.key()) || product.access.get(route.key()) == null) {
                continue;
            }
            String path = product.path(route, variable -> product.worldId(route.key(), variable));
            for (Map.Entry<String, Party> outsider : Map.of("another customer", product.otherCustomer, "another provider",
                    product.otherProvider).entrySet()) {
                Answer answer = call(product, route, path, outsider.getValue().token());
                Set<Integer> refused = new LinkedHashSet<>(product.notYours(route.key()));
                refused.add(403);
                refusal(failures, product, route.key() + " by " + outsider.getKey(), answer, refused);
                probed++;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(probed).isGreaterThan(3);
        assertThat(product.snapshot()).isEqualTo(before);
    }

    @Test
    void everyPathRefusesTheMethodsItDoesNotServe() {
        Product product = product();
        Map<String, Object> before = product.snapshot();
        Map<String, Set<String>> methods = new TreeMap<>();
        Map<String, Party> callers = new TreeMap<>();
        for (Route route : product.served()) {
            String path = product.path(route, variable -> product.worldId(route.key(), variable));
            methods.computeIfAbsent(path, served -> new TreeSet<>()).add(route.method());
            callers.putIfAbsent(path, product.caller(route.key()));
        }
        List<String> failures = new ArrayList<>();
        int probed = 0;
        for (Map.Entry<String, Set<String>> path : methods.entrySet()) {
            Party caller = callers.get(path.getKey());
            for (String method : METHODS) {
                if (path.getValue().contains(method) || servedElsewhere(product, method, path.getKey())) {
                    continue;
                }
                Answer answer = product.target.send(method, path.getKey(), caller == null ? null : caller.token(),
                        BODY_METHODS.contains(method) ? "application/json" : null,
                        BODY_METHODS.contains(method) ? "{}".getBytes(StandardCharsets.UTF_8) : null, Map.of());
                refusal(failures, product, method + " " + path.getKey(), answer, Set.of(404, 405));
                probed++;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(probed).isGreaterThan(3);
        assertThat(product.snapshot()).isEqualTo(before);
    }

    @Test
    void everySocketOpensToItsPartiesOnly() {
        Product product = product();
        assertThat(product.doors().isEmpty()).as("a door for every socket the product declares").isEqualTo(product.sockets().isEmpty());
        List<String> failures = new ArrayList<>();
        for (Door door : product.doors()) {
            Knock own = Knock.at(door.own(), door.ownHeaders(), Duration.ofMillis(500));
            if (own.refused()) {
                failures.add(door.name() + " refused its own party (the control): " + own);
            }
            for (Map.Entry<String, Knocker> refusal : door.refusals()) {
                Knock knock = refusal.getValue().knock();
                if (!knock.refused() || !knock.frames().isEmpty()) {
                    failures.add(door.name() + " " + refusal.getKey() + ": " + knock);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Whether another route of the method matches the path ({@code DELETE /jobs/{id}} serves {@code DELETE /jobs/nearby}). */
    private static boolean servedElsewhere(Product product, String method, String path) {
        return product.served().stream().anyMatch(route -> route.method().equals(method)
                && path.matches(product.path(route, variable -> "\u0000").replace("\u0000", "[^/]+")));
    }

    /** Refusals in the product's format: the statuses, its error body, no internals, the headers of every answer. */
    static void refusal(List<String> failures, Product product, String what, Answer answer, Set<Integer> statuses) {
        String problem = null;
        if (!statuses.contains(answer.status())) {
            problem = "status " + answer.status() + ", expected " + (statuses == CLIENT_ERRORS ? "a 4xx" : "one of " + statuses);
        } else if (!product.inErrorFormat(answer)) {
            problem = "not in " + product.name + "'s error format";
        } else if (Checks.INTERNALS.matcher(answer.text()).find()) {
            problem = "internals in the answer";
        } else if (!Checks.secured(answer) || answer.headers().firstValue("X-RateLimit-Limit").isEmpty()) {
            problem = "without the security and rate-limit headers every answer carries";
        }
        if (problem != null) {
            failures.add(what + ": " + problem + " -> " + Checks.abbreviated(answer.text()));
        }
    }

    private static List<Route> jsonRoutes(Product product) {
        return product.served().stream()
                .filter(route -> BODY_METHODS.contains(route.method()) && !route.multipart()
                        && product.plausibleBody(route.key()) != null && !product.spendingTheCaller().contains(route.key())
                        && !product.notJson().contains(route.key()))
                .toList();
    }

    /** The request the route would act on, had the caller the right: an image for an upload, else the plausible body or none. */
    private static Answer call(Product product, Route route, String path, String token) {
        if (route.multipart()) {
            return product.target.uploadPng(path, token, product.uploadPart(route.key()), product.uploadFields(route.key()));
        }
        Map<String, Object> body = product.plausibleBody(route.key());
        return product.target.send(route.method(), path, token, body == null ? null : "application/json",
                body == null ? null : product.json(body).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** The body's JSON with the field at the dotted path holding the raw JSON {@code value}. */
    private static String with(Product product, Map<String, Object> body, String path, String value) {
        String marker = "probe-value-" + path;
        return product.json(replaced(body, path, marker)).replace("\"" + marker + "\"", value);
    }

    private static Map<String, Object> replaced(Map<String, Object> body, String path, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        int dot = path.indexOf('.');
        if (dot < 0) {
            copy.put(path, value);
        } else {
            String name = path.substring(0, dot);
            copy.put(name, replaced(Product.map(body.get(name)), path.substring(dot + 1), value));
        }
        return copy;
    }

    /** A JSON schema with the plausible body's fields and their JSON types, nested objects included. */
    private static Map<String, Object> schemaOf(Map<String, Object> body) {
        Map<String, Object> properties = new LinkedHashMap<>();
        body.forEach((name, value) -> properties.put(name, value instanceof Map<?, ?> nested
                ? schemaOf(Product.map(nested)) : Map.of("type", typeOf(value))));
        return Map.of("type", "object", "properties", properties);
    }

    private static String typeOf(Object value) {
        return switch (value) {
            case String text -> "string";
            case Integer whole -> "integer";
            case Long whole -> "integer";
            case Number number -> "number";
            case Boolean flag -> "boolean";
            case List<?> list -> "array";
            default -> "object";
        };
    }

    /** The field given another JSON type, an endless string, or numbers no field can hold. */
    private static List<MalformedInputProbeTest.Bad> wrongValues(Field field, boolean ignored) {
        List<MalformedInputProbeTest.Bad> wrong = new ArrayList<>(MalformedInputProbeTest.otherTypes(field));
        if (!ignored) {
            wrong.add(new MalformedInputProbeTest.Bad("a 100,000-character string", "\"" + "x".repeat(100_000) + "\""));
        }
        wrong.add(new MalformedInputProbeTest.Bad("a 400-digit number", "9".repeat(400)));
        wrong.add(new MalformedInputProbeTest.Bad("1e400", "1e400"));
        return wrong;
    }

    /** No token, a malformed one, a wrong signature and an expired one, forged from the customer's. */
    private static Map<String, String> badTokens(Product product) throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("without a token", null);
        bad.put("with a malformed token", "not.a.token");
        bad.put("with a wrong signature", sign(SignedJWT.parse(product.customer.token()).getJWTClaimsSet(),
                "a different key that is long enough!".getBytes(StandardCharsets.UTF_8)));
        bad.put("with an expired token", expired(product, product.customer));
        return bad;
    }

    private static String sign(JWTClaimsSet claims, byte[] key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    /** An expired token of the party, for the sockets. */
    static String expired(Product product, Party party) {
        try {
            JWTClaimsSet genuine = SignedJWT.parse(party.token()).getJWTClaimsSet();
            Date past = Date.from(Instant.now().minus(Duration.ofHours(1)));
            return sign(new JWTClaimsSet.Builder(genuine).issueTime(past).notBeforeTime(past).expirationTime(past).build(),
                    product.target.tokenSigningKey());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
