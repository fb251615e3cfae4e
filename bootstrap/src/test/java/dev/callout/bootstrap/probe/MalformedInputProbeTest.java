package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.User;
import dev.callout.bootstrap.probe.Surface.BodyKind;
import dev.callout.bootstrap.probe.Surface.Field;
import dev.callout.bootstrap.probe.Surface.Operation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's malformed input, on every route the server documents with a JSON body, derived from its
 * own schema: each field given a value of another JSON type (no coercion, no one value for a list
 * nor a one-element list for a value), and each text field a NUL, an escape sequence and a lone
 * surrogate; the whole body given trailing content, a second document, duplicate keys and invalid
 * UTF-8 (overlong, surrogate, truncated). Every answer is a 400 in the envelope (a 404 will do for a
 * malformed id), naming the field of a wrong type, without internals; and the world reads the same
 * afterwards.
 * (MalformedInputEndToEndTest drives the same with each route's valid body and length limits.)
 */
class MalformedInputProbeTest {

    /** Fields that may hold any character: passwords and opaque tokens. */
    private static final Pattern SECRET = Pattern.compile("password|token");

    private final World world = World.get();

    record Bad(String label, String json) {
    }

    static List<Bad> otherTypes(Field field) {
        return switch (field.type()) {
            case "string" -> List.of(new Bad("a number", "5"), new Bad("a boolean", "true"), new Bad("an array", "[\"x\"]"),
                    new Bad("an object", "{\"x\": \"y\"}"));
            case "integer" -> List.of(new Bad("a fraction", "4.5"), new Bad("a string", "\"4\""), new Bad("a boolean", "true"),
                    new Bad("an array", "[4]"));
            case "number" -> List.of(new Bad("a boolean", "true"), new Bad("an array", "[1]"), new Bad("an object", "{}"));
            case "boolean" -> List.of(new Bad("a string", "\"true\""), new Bad("a number", "1"), new Bad("an array", "[true]"));
            case "array" -> List.of(new Bad("one value", "\"x\""), new Bad("an object", "{}"), new Bad("a list of lists", "[[\"x\"]]"));
            default -> List.of(new Bad("a string", "\"x\""), new Bad("a number", "5"), new Bad("an array", "[{}]"),
                    new Bad("a boolean", "true"));
        };
    }

    private static List<Bad> hostileText(Field field) {
        if (!field.type().equals("string") || SECRET.matcher(field.path()).find()) {
            return List.of();
        }
        return List.of(new Bad("a NUL", "\"a\\u0000b\""), new Bad("an ANSI escape", "\"\\u001b[31mred\""),
                new Bad("a lone surrogate", "\"\\uD800x\""), new Bad("a DEL", "\"a\\u007fb\""));
    }

    /** {"a": {"b": value}} for the path a.b. */
    private static String bodyWith(String path, String value) {
        int dot = path.indexOf('.');
        return "{\"" + (dot < 0 ? path + "\": " + value : path.substring(0, dot) + "\": " + bodyWith(path.substring(dot + 1), value)) + "}";
    }

    @Test
    void everyFieldOfEveryJsonRouteRefusesOtherTypesAndHostileText() {
        Map<String, Object> before = world.snapshot();
        List<String> failures = new ArrayList<>();
        int probed = 0;
        for (Operation operation : Surface.operations(world.target)) {
            if (operation.body() != BodyKind.JSON) {
                continue;
            }
            User caller = world.caller(operation);
            for (Field field : Surface.fields(operation.schema())) {
                Set<Integer> refused = field.path().endsWith("_id") || field.path().endsWith("_ids") ? Set.of(400, 404) : Set.of(400);
                for (Bad bad : otherTypes(field)) {
                    byte[] body = bodyWith(field.path(), bad.json()).getBytes(StandardCharsets.UTF_8);
                    Answer answer = world.target.send(operation.method(), world.path(operation), caller == null ? null : caller.token(),
                            "application/json", body, Map.of());
                    String what = operation + " " + field.path() + " = " + bad.label();
                    Checks.refusal(failures, what, answer, refused);
                    if (answer.status() == 400 && answer.errorFields().keySet().stream().noneMatch(name -> name.startsWith(field.path()))) {
                        failures.add(what + ": the field is not named -> " + Checks.abbreviated(answer.text()));
                    }
                    probed++;
                }
                for (Bad bad : hostileText(field)) {
                    // the text rules apply once the body is otherwise whole, so here they need only refuse; that they
                    // name the field in a whole body is MalformedInputEndToEndTest's
                    byte[] body = bodyWith(field.path(), bad.json()).getBytes(StandardCharsets.UTF_8);
                    Answer answer = world.target.send(operation.method(), world.path(operation), caller == null ? null : caller.token(),
                            "application/json", body, Map.of());
                    Checks.refusal(failures, operation + " " + field.path() + " = " + bad.label(), answer, refused);
                    probed++;
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(probed).isGreaterThan(300);
        assertThat(world.snapshot()).isEqualTo(before);
    }

    @Test
    void everyJsonRouteRefusesABrokenBody() {
        Map<String, Object> before = world.snapshot();
        List<String> failures = new ArrayList<>();
        for (Operation operation : Surface.operations(world.target)) {
            if (operation.body() != BodyKind.JSON) {
                continue;
            }
            User caller = world.caller(operation);
            for (Map.Entry<String, byte[]> broken : brokenBodies().entrySet()) {
                Answer answer = world.target.send(operation.method(), world.path(operation), caller == null ? null : caller.token(),
                        "application/json", broken.getValue(), Map.of());
                Checks.refusal(failures, operation + " " + broken.getKey(), answer, Set.of(400));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(world.snapshot()).isEqualTo(before);
    }

    /** Bodies broken as a whole around an object holding only an unknown field, so only the breakage can be refused. */
    static Map<String, byte[]> brokenBodies() {
        String valid = "{\"zz\": \"ignored\"}";
        Map<String, byte[]> broken = new LinkedHashMap<>();
        broken.put("trailing garbage", (valid + " garbage").getBytes(StandardCharsets.UTF_8));
        broken.put("a second document", (valid + " {}").getBytes(StandardCharsets.UTF_8));
        broken.put("an array around it", ("[" + valid + "]").getBytes(StandardCharsets.UTF_8));
        broken.put("a bare string", "\"hello\"".getBytes(StandardCharsets.UTF_8));
        broken.put("a duplicate key", "{\"zz\": 1, \"zz\": 2}".getBytes(StandardCharsets.UTF_8));
        broken.put("a comment", "{/* hi */ \"zz\": 1}".getBytes(StandardCharsets.UTF_8));
        broken.put("a single-quoted key", "{'zz': 1}".getBytes(StandardCharsets.UTF_8));
        broken.put("NaN", "{\"zz\": NaN}".getBytes(StandardCharsets.UTF_8));
        broken.put("a lone surrogate escaped", "{\"zz\": \"\\uD83D\"}".getBytes(StandardCharsets.UTF_8));
        broken.put("a truncated body", valid.substring(0, valid.length() - 1).getBytes(StandardCharsets.UTF_8));
        broken.put("an overlong UTF-8 slash", withBytes(0xC0, 0xAF));
        broken.put("an overlong UTF-8 NUL", withBytes(0xC0, 0x80));
        broken.put("a byte that is never UTF-8", withBytes(0xFF));
        broken.put("a surrogate encoded in UTF-8", withBytes(0xED, 0xA0, 0x80));
        broken.put("a truncated UTF-8 sequence", withBytes(0xE2, 0x82));
        broken.put("a UTF-16 body", "{\"zz\": 1}".getBytes(StandardCharsets.UTF_16));
        return broken;
    }

    /** {"zz": "a<bytes>b"}. */
    private static byte[] withBytes(int... bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"zz\": \"a".getBytes(StandardCharsets.UTF_8));
        for (int b : bytes) {
            out.write(b);
        }
        out.writeBytes("b\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
