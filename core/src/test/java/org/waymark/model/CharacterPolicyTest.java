package org.waymark.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The character policy of text in the model: characters that are invisible, reorder text or are
 * not characters are refused, by class and with the reason; what real names need is kept.
 */
class CharacterPolicyTest {

    static Contact named(String name) {
        return new Contact("c-1", name, ContactKind.PERSONAL, null, null, null, null, null, null, null, false);
    }

    static ChainLink prose(String text) {
        return new ChainLink(ChainLinkKind.THOUGHT, text);
    }

    @ParameterizedTest
    @CsvSource({
        "200E, bidirectional control", "200F, bidirectional control", "061C, bidirectional control",
        "202A, bidirectional control", "202B, bidirectional control", "202C, bidirectional control",
        "202D, bidirectional control", "202E, bidirectional control", "2066, bidirectional control",
        "2067, bidirectional control", "2068, bidirectional control", "2069, bidirectional control",
        "200B, invisible format character", "2060, invisible format character", "FEFF, invisible format character",
        "00AD, invisible format character", "2062, invisible format character", "180E, invisible format character",
        "E0001, tag character", "E0041, tag character", "E007F, tag character",
        "FDD0, not a character", "FDEF, not a character", "FFFE, not a character", "FFFF, not a character",
        "1FFFE, not a character", "10FFFF, not a character",
        "E000, private-use character", "F8FF, private-use character", "F0000, private-use character",
        "0000, control character", "001B, control character", "0085, control character", "007F, control character",
        "200D, zero-width joiner or non-joiner outside a word of a script that uses it",
        "200C, zero-width joiner or non-joiner outside a word of a script that uses it",
    })
    void everyClassIsRefusedInNamesAndProseWithItsReasonAndWithoutTheText(String hex, String reason) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        for (String text : new String[] {"SECRET" + c + "Anna", c + "SECRET", "SECRET" + c}) {
            assertThatThrownBy(() -> named(text)).hasMessageStartingWith("name: ").hasMessageContaining("U+" + hex)
                    .hasMessageContaining(reason).message().doesNotContain("SECRET");
            assertThatThrownBy(() -> prose(text)).hasMessageStartingWith("description: ").hasMessageContaining(reason);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2028", "\u2029", "\n", "\r"})
    void lineAndParagraphSeparatorsAreLineBreaksRefusedInSingleLinesOnly(String separator) {
        assertThatThrownBy(() -> named("SECRET" + separator + "Anna")).hasMessageStartingWith("name: ")
                .hasMessageContaining("single line").message().doesNotContain("SECRET");
        assertThatThrownBy(() -> new Person("p-1", "Sam" + separator + "Lee", null, null, Locale.UK, null, null))
                .hasMessageStartingWith("preferredName: ");
        assertThat(prose("first" + separator + "second").description()).isEqualTo("first" + separator + "second");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",   // Persian, ZWNJ between letters
        "\u0915\u094D\u200D\u0937",                           // Devanagari conjunct with ZWJ after the virama
        "\u0DC1\u0DCA\u200D\u0DBB\u0DD3",                     // Sinhala "Sri" with ZWJ
        "\u0D28\u0D4D\u200D",                                  // Malayalam chillu in its older form, ending on ZWJ
    })
    void joinersAreKeptAfterLettersOfScriptsThatUseThem(String name) {
        assertThat(named(name).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ann\u200Da", "\u0915\u200D\u0410", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\u0627 \u200C\u0628"})
    void joinersElsewhereAreRefused(String name) {
        assertThatThrownBy(() -> named(name)).hasMessageContaining("zero-width joiner or non-joiner");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë", "Zoe\u0308", "Łukasz", "Ñúñez", "Ελπίδα", "Дмитрий", "שלום", "希望", "葛\uDB40\uDD00城", "O'Brien-Smith"})
    void namesInAnyScriptWithCombiningMarksAndVariationSelectorsAreKept(String name) {
        assertThat(named(name).name()).isEqualTo(name);
    }
}
