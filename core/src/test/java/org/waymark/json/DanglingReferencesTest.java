package org.waymark.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference of every kind in the example plans, made to dangle one at a time, is refused at the
 * reference itself: its JSON path, and the line and column where its value starts.
 */
class DanglingReferencesTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String NOWHERE = "zz-nowhere";

    /** Every field that names another item of the plan by id. */
    private static final Set<String> REFERENCES = Set.of("longTermGoalId", "ownerId", "providerId", "goalIds", "prescriberId",
            "coordinatorId", "contactId", "riskIds", "factorIds", "contactIds", "distractionContactIds", "helpContactIds",
            "professionalContactIds", "methodId", "methodIds", "episodeId", "goalId", "memberId");

    /** A document with one reference made to dangle, and where that reference is. */
    record Case(String example, String path, String document) {
        @Override
        public String toString() {
            return example + " " + path;
        }
    }

    static List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String name : ExamplePlans.names()) {
            JsonNode root = JSON.readTree(PlanJson.write(ExamplePlans.load(name)));
            List<String> paths = new ArrayList<>();
            walk(root.get("plan"), "$.plan", paths, null);
            for (String path : paths) {
                JsonNode copy = root.deepCopy();
                walk(copy.get("plan"), "$.plan", new ArrayList<>(), p -> p.equals(path));
                cases.add(new Case(name, path, JSON.writeValueAsString(copy)));
            }
        }
        return cases;
    }

    /** Collects the paths of reference values; where {@code dangle} accepts a path, replaces its value. */
    private static void walk(JsonNode node, String at, List<String> paths, java.util.function.Predicate<String> dangle) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String here = at + "." + e.getKey();
                JsonNode value = e.getValue();
                if (REFERENCES.contains(e.getKey()) && value.isTextual()) {
                    paths.add(here);
                    if (dangle != null && dangle.test(here)) {
                        e.setValue(TextNode.valueOf(NOWHERE));
                    }
                } else if (REFERENCES.contains(e.getKey()) && value.isArray()) {
                    ArrayNode array = (ArrayNode) value;
                    for (int i = 0; i < array.size(); i++) {
                        paths.add(here + "[" + i + "]");
                        if (dangle != null && dangle.test(here + "[" + i + "]")) {
                            array.set(i, TextNode.valueOf(NOWHERE));
                        }
                    }
                } else {
                    walk(value, here, paths, dangle);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), at + "[" + i + "]", paths, dangle);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aDanglingReferenceIsRefusedAtItsValue(Case c) {
        String doc = c.document();
        int offset = doc.indexOf("\"" + NOWHERE + "\"");
        String before = doc.substring(0, offset);
        int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
        int column = offset - before.lastIndexOf('\n');

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(doc), PlanFormatException.class);

        assertThat(e).as("%s is refused", c.path()).isNotNull();
        assertThat(e.path()).isEqualTo(c.path());
        assertThat(e.problem()).startsWith("no ").contains("has id");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
    }

    @org.junit.jupiter.api.Test
    void theExamplesHoldEveryKindOfReference() throws Exception {
        Set<String> kinds = new java.util.TreeSet<>();
        for (Case c : cases()) {
            kinds.add(c.path().replaceAll("\\[\\d+]", "[]"));
        }
        // Each kind the model checks is exercised by at least one example.
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(18);
        Consumer<String> has = k -> assertThat(kinds).as(k).anyMatch(p -> p.endsWith(k));
        List.of("longTermGoalId", "steps[].ownerId", "interventions[].providerId", "interventions[].goalIds[]",
                "medications[].prescriberId", "careTeam.coordinatorId", "members[].contactId", "entries[].riskIds[]",
                "entries[].factorIds[]", "entries[].ownerId", "crisisPlan.contactIds[]", "helpContactIds[]",
                "professionalContactIds[]", "meansSafety[].methodId", "episodes[].methodIds[]", "history[].episodeId",
                "goalProgress[].goalId", "signatures[].memberId").forEach(has);
    }
}
