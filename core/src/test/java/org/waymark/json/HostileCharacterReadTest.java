package org.waymark.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.model.CarePlan;
import org.waymark.testing.BadInputCorpus;

/**
 * The streaming reader holds the model's character policy: a character that cannot be printed or
 * shown honestly, written raw in UTF-8 or as a JSON escape, is refused with a
 * {@link PlanFormatException} located at the value that holds it, naming the code point and never
 * quoting the text; what real text needs (a line separator in prose, a joiner inside a word of a
 * script that uses one) is read.
 */
class HostileCharacterReadTest {

    private static final String BASE = BadInputCorpus.base();

    /** Line 11 of the base document; the value starts at column 24. */
    private static final String NAME = "SECRET-NAME";

    /** Line 64 of the base document: a goal's statement, free text; the value starts at column 22. */
    private static final String GOAL = "SECRET-GOAL: feel settled at home.";

    /** Every class the policy refuses, by one or more members. */
    private static final int[] REFUSED_IN_A_NAME = {
        0x202E, 0x202A, 0x2066, 0x2069, 0x200E, 0x200F, 0x061C, // bidirectional controls
        0x200B, 0x2060, 0xFEFF, 0x00AD, 0x2062,                 // zero-width and invisible format characters
        0x200D, 0x200C,                                         // joiners after a Latin letter
        0xE0001, 0xE0041, 0xE007F,                              // tag characters
        0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF,      // noncharacters
        0xE000, 0xF8FF, 0xF0000, 0x100000,                      // private use
        0x2028, 0x2029, 0x0085, 0x0007, 0x001B, 0x009B};         // line separators and controls

    static Stream<Arguments> refusedInAName() {
        // raw C0 controls are not JSON at all (the parser refuses them); their escaped form reaches the policy
        return IntStream.of(REFUSED_IN_A_NAME).boxed().flatMap(cp -> cp < 0x20
                ? Stream.of(Arguments.of(cp, true))
                : Stream.of(Arguments.of(cp, false), Arguments.of(cp, true)));
    }

    @ParameterizedTest(name = "{0} escaped={1}")
    @MethodSource("refusedInAName")
    void aHostileCharacterInANameIsRefusedAtTheValueRawOrEscaped(int codePoint, boolean escaped) {
        String doc = BASE.replace(NAME, "SECRET" + (escaped ? escape(codePoint) : Character.toString(codePoint)) + "-NAME");

        PlanFormatException e = catchThrowableOfType(
                () -> PlanJson.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))), PlanFormatException.class);

        assertThat(e).as("U+%04X", codePoint).isNotNull();
        assertThat(e.path()).isEqualTo("$.plan.person.preferredName");
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.column()).isEqualTo(24);
        if (codePoint == 0x2028 || codePoint == 0x2029) {
            assertThat(e.problem()).contains("single line");
        } else {
            assertThat(e.problem()).contains(String.format("U+%04X at offset 6", codePoint));
        }
        assertThat(e.getMessage()).doesNotContain(BadInputCorpus.MARKER).doesNotContain("-NAME");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0x202E, 0x2067, 0x200B, 0xE0041, 0xFDD0, 0xE000, 0x0000})
    void aHostileCharacterInFreeTextIsRefusedAtThatValue(int codePoint) {
        String doc = BASE.replace(GOAL, "SECRET-GOAL: feel " + escape(codePoint) + "settled at home.");
        int line = lineOf(doc, "SECRET-GOAL");

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(doc), PlanFormatException.class);

        assertThat(e.path()).isEqualTo("$.plan.goals[0].statement");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(doc.lines().toList().get(line - 1).indexOf("\"SECRET-GOAL") + 1);
        assertThat(e.problem()).contains(String.format("U+%04X", codePoint));
        assertThat(e.getMessage()).doesNotContain(BadInputCorpus.MARKER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "\\u2028",            // a line separator in prose is a line break
        "\\u2029",
        "\u0915\u094D\u200D\u0937", // Devanagari: ZWJ after virama asks for the half form
        "\u0645\u06CC\u200C\u062E", // Persian: ZWNJ keeps two letters of one word apart
        "\u845B\uDB40\uDD00"})      // an ideographic variation selector
    void whatRealTextNeedsIsRead(String inserted) {
        String doc = BASE.replace(GOAL, "SECRET-GOAL: feel " + inserted + " settled at home.");

        CarePlan plan = PlanJson.read(doc);

        assertThat(plan.goals().get(0).statement()).startsWith("SECRET-GOAL: feel ").hasSizeGreaterThan(GOAL.length());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\u0915\u094D\u200D\u0937", "\u0645\u06CC\u200C\u062E"})
    void aNameInAScriptThatUsesJoinersIsRead(String name) {
        String doc = BASE.replace(NAME, name);

        assertThat(PlanJson.read(doc).person().preferredName()).isEqualTo(name);
    }

    private static String escape(int codePoint) {
        StringBuilder b = new StringBuilder();
        for (char c : Character.toChars(codePoint)) {
            b.append(String.format("\\u%04X", (int) c));
        }
        return b.toString();
    }

    private static int lineOf(String doc, String text) {
        return doc.substring(0, doc.indexOf(text)).split("\n", -1).length;
    }
}
