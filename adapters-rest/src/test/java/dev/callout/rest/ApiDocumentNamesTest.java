package dev.callout.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generated API document names its bodies as the API does, never after a Java class. */
class ApiDocumentNamesTest {

    private static final Pattern ONE_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern JAVA_CLASS = Pattern.compile(".*(Body|Bodies|Controller).*");

    @Test
    void everyComponentIsNamedWithAnApiWord() throws IOException {
        List<String> names = componentNames();

        assertThat(names).hasSizeGreaterThan(50)
                .contains("Job", "JobPage", "Payment", "ChatMessage", "PageMeta", "NearbyJobs")
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name)
                        .as("a component name that is one API word: no nesting (.), generic (_) or clash (_1), no Java class")
                        .matches(ONE_WORD)
                        .doesNotMatch(JAVA_CLASS));
    }

    @Test
    void everyReferenceNamesAComponent() throws IOException {
        JsonNode document = document();
        List<String> names = componentNames();
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty()
                .allSatisfy(ref -> assertThat(names).contains(ref.substring("#/components/schemas/".length())));
    }

    private static List<String> componentNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : document().get("components").get("schemas").entries()) {
            names.add(entry.getKey());
        }
        return names;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                if (entry.getKey().equals("$ref")) {
                    references.add(entry.getValue().getStringValue());
                } else {
                    collectReferences(entry.getValue(), references);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node.values()) {
                collectReferences(item, references);
            }
        }
    }

    private static JsonNode document() throws IOException {
        try (InputStream in = ApiDocumentNamesTest.class.getResourceAsStream("/META-INF/swagger/callout-1.json")) {
            assertThat(in).as("the API document the build generates").isNotNull();
            return JsonMapper.createDefault().readValue(in.readAllBytes(), JsonNode.class);
        }
    }
}
