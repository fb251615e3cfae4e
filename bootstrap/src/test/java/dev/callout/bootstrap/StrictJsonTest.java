package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.rest.job.JobRequestBody;
import dev.callout.rest.json.InvalidJsonInput;
import dev.callout.rest.json.StrictJsonMapper;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The application's JSON mapper, as wired: every reader (bodies, frames, stored JSON) gets its strictness. */
class StrictJsonTest {

    private final JsonMapper json = RunningCallout.get().context.getBean(JsonMapper.class);

    @Test
    void theWiredMapperIsTheStrictOne() {
        assertThat(json).isInstanceOf(StrictJsonMapper.class);
        assertThat(RunningCallout.get().context.getBean(io.micronaut.serde.ObjectMapper.class)).isSameAs(json);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "5"             | integer
            5.5             | integer
            5.0             | integer
            true            | integer
            [5]             | integer
            1e2             | integer
            2147483648      | integer
            5               | string
            true            | string
            ["five"]        | string
            {"a": "b"}      | string
            1               | boolean
            "true"          | boolean
            [true]          | boolean
            true            | double
            "1.5"           | double
            [1.5]           | double
            1e999           | double
            "x"             | strings
            [5]             | strings
            [["x"]]         | strings
            true            | decimal
            "1e3"           | decimal
            " 1.00"         | decimal
            [1.00]          | decimal
            1e999999999     | decimal
            """)
    void aValueOfAnotherTypeIsRefused(String text, String type) {
        assertThatThrownBy(() -> json.readValue(text, argument(type))).isInstanceOf(InvalidJsonInput.class);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5           | integer | 5
            -7          | integer | -7
            "five"      | string  | five
            true        | boolean | true
            14          | double  | 14.0
            1.5e1       | double  | 15.0
            ["x", "y"]  | strings | [x, y]
            850.00      | decimal | 850.00
            "850.00"    | decimal | 850.00
            null        | string  |
            """)
    void aValueOfItsOwnTypeIsRead(String text, String type, String expected) throws IOException {
        Object value = json.readValue(text, argument(type));
        assertThat(value == null ? null : value.toString()).isEqualTo(expected);
    }

    @Test
    void decimalsKeepTheirExactDigits() throws IOException {
        assertThat(json.readValue("0.100000000000000005551115123125", BigDecimal.class))
                .isEqualTo(new BigDecimal("0.100000000000000005551115123125"));
        assertThatThrownBy(() -> json.readValue("0.1000000000000000055511151231257", BigDecimal.class))
                .isInstanceOf(InvalidJsonInput.class).hasMessage("is out of range");
        assertThat(json.readValue("\"1500.50\"", BigDecimal.class).scale()).isEqualTo(2);
    }

    @Test
    void aBodyIsExactlyOneJsonValueWithoutDuplicateKeys() {
        for (String text : List.of("{\"a\": 1} x", "{\"a\": 1} {}", "{\"a\": 1, \"a\": 2}", "", "   ", "{\"a\": 1", "[1,]", "{'a': 1}",
                "{\"a\": 01}", "{\"a\": NaN}", "// comment\n{}")) {
            assertThatThrownBy(() -> json.readValue(text, Argument.mapOf(String.class, Object.class))).as(text)
                    .isInstanceOf(InvalidJsonInput.class);
        }
    }

    @Test
    void bytesMustBeUtf8WithoutOverlongFormsOrEncodedSurrogates() throws IOException {
        for (byte[] bytes : List.of(bytes(0xC0, 0xAF), bytes(0xC0, 0x80), bytes(0xE0, 0x80, 0xAF), bytes(0xED, 0xA0, 0x80),
                bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xFF), bytes(0xE2, 0x82))) {
            assertThatThrownBy(() -> json.readValue(bytes, Argument.mapOf(String.class, Object.class)))
                    .isInstanceOf(InvalidJsonInput.class).hasMessage("the body is not valid UTF-8");
        }
        assertThat(json.readValue(bytes(0xE2, 0x82, 0xAC), Argument.mapOf(String.class, Object.class))).containsEntry("s", "a€b");
    }

    @Test
    void loneSurrogatesAreRefusedInValuesKeysAndIgnoredFieldsAlike() throws IOException {
        for (String text : List.of("{\"s\": \"\\uD800\"}", "{\"\\uDC00\": 1}", "{\"s\": [\"ok\", \"\\uD83Dx\"]}", "{\"s\": \"\uD800\"}")) {
            assertThatThrownBy(() -> json.readValue(text, Argument.mapOf(String.class, Object.class))).as(text)
                    .isInstanceOf(InvalidJsonInput.class);
        }
        assertThatThrownBy(() -> json.readValue("{\"category\": \"plumber\", \"ignored\": {\"deep\": [\"\\uD800\"]}}",
                JobRequestBody.class)).isInstanceOf(InvalidJsonInput.class);
        assertThat(json.readValue("{\"s\": \"\\uD83D\\uDE9A\"}", Argument.mapOf(String.class, String.class)))
                .containsEntry("s", "\uD83D\uDE9A");
    }

    @Test
    void aBodyReadsIntoItsRecordAndAFieldOfTheWrongTypeIsRefused() throws IOException {
        JobRequestBody body = json.readValue("""
                {"category": "plumber", "location": {"lat": 14, "lng": 121.0244}, "urgency": "immediate",
                 "budget": {"amount": "850.00"}, "favorites_first": true, "unknown": [1, {"x": null}]}""", JobRequestBody.class);
        assertThat(body.location().lat()).isEqualTo(14.0);
        assertThat(body.budget().amount()).isEqualByComparingTo("850.00");
        assertThat(body.favoritesFirst()).isTrue();
        assertThatThrownBy(() -> json.readValue("{\"category\": \"plumber\", \"location\": {\"lat\": true, \"lng\": 1}}",
                JobRequestBody.class)).isInstanceOf(InvalidJsonInput.class).hasMessage("must be a number");
    }

    @Test
    void framesReadAsMapsKeepTheirJsonTypes() throws IOException {
        Map<String, Object> frame = json.readValue("{\"event\": \"provider.location\", \"data\": {\"lat\": 14.5, \"n\": 3, "
                + "\"ok\": false, \"tags\": [\"a\"], \"none\": null}}", Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) frame.get("data");
        assertThat(data).containsEntry("lat", 14.5).containsEntry("n", 3).containsEntry("ok", false)
                .containsEntry("tags", List.of("a")).containsEntry("none", null).hasSize(5);
    }

    @Test
    void treesAreReadJustAsStrictly() throws IOException {
        JsonNode tree = JsonNode.createObjectNode(Map.of("s", JsonNode.createNumberNode(5)));
        assertThatThrownBy(() -> json.readValueFromTree(tree, Argument.mapOf(String.class, String.class)))
                .isInstanceOf(InvalidJsonInput.class);
        assertThat(json.readValueFromTree(JsonNode.createObjectNode(Map.of("s", JsonNode.createStringNode("x"))),
                Argument.mapOf(String.class, String.class))).containsEntry("s", "x");
    }

    @Test
    void writingIsUnchanged() throws IOException {
        assertThat(json.writeValueAsString(Map.of("amount", new BigDecimal("850.00")))).isEqualTo("{\"amount\":850.00}");
    }

    /** {"s": "a…b"} with the given bytes in place of the ellipsis. */
    private static byte[] bytes(int... middle) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("{\"s\": \"a".getBytes(StandardCharsets.UTF_8));
        for (int b : middle) {
            out.write(b);
        }
        out.writeBytes("b\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Argument<?> argument(String type) {
        return switch (type) {
            case "integer" -> Argument.of(Integer.class);
            case "string" -> Argument.STRING;
            case "boolean" -> Argument.of(Boolean.class);
            case "double" -> Argument.of(Double.class);
            case "strings" -> Argument.listOf(String.class);
            case "decimal" -> Argument.of(BigDecimal.class);
            default -> throw new IllegalArgumentException(type);
        };
    }
}
