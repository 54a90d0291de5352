package org.waymark.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.waymark.json.PlanFormatException;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;

/**
 * Acceptable implies printable: a plan whose text holds any of the characters the model's
 * character policy is about — line and paragraph separators, bidirectional controls, zero-width
 * spaces and joiners, soft hyphens, tag characters, noncharacters, private-use characters,
 * variation selectors, combining marks — either is refused when read, or, if the validator calls
 * it acceptable, prints all three documents with the standard fonts.
 * <p>
 * The plans are {@link RandomPlans} (Latin with diacritics, Greek, Cyrillic) with such characters
 * planted in their text, and with text of scripts the standard fonts cannot set (right-to-left,
 * complex, CJK), emoji, symbols and unassigned code points: the model accepts those, as real names
 * need, and the validator's {@code TEXT-PRINTABLE} makes such a plan not acceptable, so the
 * implication holds for every character.
 */
class AcceptableIsPrintableTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final PlanValidator VALIDATOR = PlanValidator.standard();
    /** Values that are codes, dates or instants rather than text: planting there only tests the reader. */
    static final Pattern NOT_TEXT = Pattern.compile("[a-z0-9-]+|\\d{4}-\\d{2}-\\d{2}|[0-9.]+");

    static final String[] HOSTILE = {
        "\u2028", "\u2029", "\u200E", "\u200F", "\u061C", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
        "\u2066", "\u2067", "\u2068", "\u2069", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
        "\u180E", "\u2062", "\uDB40\uDC41", "\uDB40\uDC01", "\uFDD0", "\uFDEF", "\uFFFE", "\uD83F\uDFFE",
        "\uE000", "\uDB80\uDC00", "\uFE0F", "\uDB40\uDD00", "\u0301", "\u0308", "\u034F", "\u00A0", "\u3000",
        "\t", "\n", "\r\n", "a\u200Db", "\u0410\u200C\u0411",
        // scripts, symbols and code points the model accepts and the standard fonts may not print
        "\u0645\u062D\u0645\u062F", "\u05D3\u05D5\u05D3", "\u0915\u094D\u200D\u0937", "\u0645\u06CC\u200C\u062E",
        "\u0E2A\u0E21", "\u674E\u660E", "\uD55C", "\u3042", "\uD83D\uDE00", "\u2764\uFE0F", "\u1200", "\u0531",
        "\u10D0", "\u13A0", "\u2211", "\u2192", "\u2500", "\u2603", "\u01C5", "\u1E9E", "\u0378", "\uD83F\uDC00",
        "\u00E9", "\u03A9", "\u0416", "\u20AC", "\u2013", "\u2019", "\u1EA1",
    };

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<List<String>> plantings() {
        return Arbitraries.of(HOSTILE).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 250)
    void aPlanTheValidatorCallsAcceptablePrintsWithTheStandardFonts(@ForAll("seeds") long seed,
            @ForAll("plantings") List<String> plantings) throws Exception {
        CarePlan base = RandomPlans.plan(seed);
        JsonNode tree = JSON.readTree(PlanJson.write(base));
        List<TextSlot> slots = new ArrayList<>();
        collect(tree, slots);
        SplittableRandom random = new SplittableRandom(seed);
        for (String c : plantings) {
            TextSlot slot = slots.get(random.nextInt(slots.size()));
            String text = slot.get();
            int at = random.nextInt(text.length() + 1);
            if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                at--;
            }
            slot.set(text.substring(0, at) + c + text.substring(at));
        }
        CarePlan plan;
        try {
            plan = PlanJson.read(JSON.writeValueAsString(tree));
        } catch (PlanFormatException e) {
            Statistics.collect("refused when read");
            return;
        }
        ValidationReport report = VALIDATOR.validate(plan, Stage.DRAFT, plan.startDate());
        if (!report.isAcceptable()) {
            Statistics.collect("not acceptable");
            return;
        }
        Statistics.collect("acceptable, printed");
        for (DocumentKind kind : DocumentKind.values()) {
            TestDocs.render(kind, plan);
        }
    }

    /** A text value in the JSON tree that can be replaced. */
    interface TextSlot {
        String get();

        void set(String value);
    }

    static void collect(JsonNode node, List<TextSlot> slots) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                if (v.isTextual() && !isId(name) && !NOT_TEXT.matcher(v.asText()).matches()) {
                    slots.add(new TextSlot() {
                        public String get() {
                            return o.get(name).asText();
                        }

                        public void set(String value) {
                            o.set(name, TextNode.valueOf(value));
                        }
                    });
                } else if (!isId(name)) {
                    collect(v, slots);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                int index = i;
                if (v.isTextual() && !NOT_TEXT.matcher(v.asText()).matches()) {
                    slots.add(new TextSlot() {
                        public String get() {
                            return a.get(index).asText();
                        }

                        public void set(String value) {
                            a.set(index, TextNode.valueOf(value));
                        }
                    });
                } else {
                    collect(v, slots);
                }
            }
        }
    }

    static boolean isId(String name) {
        return name.equals("id") || name.endsWith("Id") || name.endsWith("Ids") || name.equals("schemaVersion")
                || name.equals("locale") || name.equals("country");
    }
}
