package org.waymark.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.model.ChainLink;
import org.waymark.model.ChainLinkKind;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;
import org.waymark.testing.BadInputCorpus;
import org.waymark.testing.BadInputCorpus.Document;
import org.waymark.testing.PlanSchema;

/** The committed JSON Schema, checked with a general validator against the examples and the bad-input corpus. */
class PlanSchemaTest {

    static List<String> examples() {
        return ExamplePlans.names();
    }

    static List<Document> corpus() {
        return BadInputCorpus.documents();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void examplePlansAreValid(String name) throws IOException {
        try (InputStream in = PlanSchemaTest.class.getResourceAsStream(ExamplePlans.resource(name))) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(PlanSchema.validate(json)).isEmpty();
            assertThat(PlanSchema.validate(PlanJson.write(ExamplePlans.load(name)))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void detectsWhatTheIndexSaysItDetects(Document doc) {
        Optional<JsonNode> json = PlanSchema.parse(doc.text());

        if (doc.schemaDetects()) {
            assertThat(json).as("%s is JSON", doc.name()).isPresent();
            Set<ValidationMessage> errors = PlanSchema.validate(json.get());
            assertThat(errors).as(doc.why()).isNotEmpty();
            assertThat(errors)
                    .as("an error at %s or one of its ancestors", doc.path())
                    .anySatisfy(m -> assertThat(isAtOrAbove(m.getInstanceLocation().toString(), doc.path())).isTrue());
        } else {
            // Either no general parser reads it, or the fault is one the schema cannot express.
            json.ifPresent(node -> assertThat(PlanSchema.validate(node)).as(doc.why()).isEmpty());
        }
    }

    /** The schema's text and line patterns accept exactly what the model accepts. */
    @Property(tries = 400)
    void textPatternsAgreeWithTheModel(@ForAll("strings") String value) {
        boolean text = modelAccepts(() -> new ChainLink(ChainLinkKind.THOUGHT, value));
        boolean line = modelAccepts(() -> new Contact("c", value, ContactKind.PERSONAL, null, null, null, null, null, null, null, false));
        // a pattern checks one UTF-16 unit at a time: what the model decides from context (the joiners)
        // or beyond the Basic Multilingual Plane, the schema lets through, never the other way round
        boolean perUnit = value.chars().noneMatch(c -> c == 0x200C || c == 0x200D || Character.isSurrogate((char) c));
        if (perUnit) {
            assertThat(schemaAccepts("text", value)).as("text").isEqualTo(text);
            assertThat(schemaAccepts("line", value)).as("line").isEqualTo(line);
        } else {
            assertThat(!text || schemaAccepts("text", value)).as("text").isTrue();
            assertThat(!line || schemaAccepts("line", value)).as("line").isTrue();
        }
    }

    @Provide
    Arbitrary<String> strings() {
        char[] awkward = {'\u0000', '\u0007', '\t', '\n', '\u000B', '\r', '\u001F', ' ', '\u007F',
            '\u0085', '\u00A0', '\u1680', '\u2007', '\u2028', '\u202A', '\u202E', '\u2066', '\u3000', '\uD83D', '\uDE00',
            '\uFEFF', '\uFFFE', '\uFFFF', 'a', 'é', 'Ж', 'λ', '\u2029', '\u200B', '\u200C', '\u200D', '\u200E', '\u061C',
            '\u00AD', '\uFDD0', '\uE000', '\u0645', '\u0915', '\u094D'};
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withChars(awkward).ofMaxLength(6),
                Arbitraries.strings().whitespace().ofMaxLength(6),
                Arbitraries.of("🙂", "a🙂", " \uD83D\uDE00 ", "x".repeat(500), "x".repeat(501)));
    }

    private static final JsonSchema TEXT = PlanSchema.compileWithDefinitions(ref("text"));
    private static final JsonSchema LINE = PlanSchema.compileWithDefinitions(ref("line"));

    private static boolean schemaAccepts(String def, String value) {
        JsonSchema schema = def.equals("text") ? TEXT : LINE;
        return schema.validate(JsonNodeFactory.instance.textNode(value)).isEmpty();
    }

    private static ObjectNode ref(String def) {
        return JsonNodeFactory.instance.objectNode().put("$ref", "#/$defs/" + def);
    }

    private static boolean modelAccepts(Runnable construction) {
        try {
            construction.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isAtOrAbove(String location, String path) {
        return path.equals(location) || path.startsWith(location + ".") || path.startsWith(location + "[");
    }
}
