package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Output folder names derived from input file names never leave the output folder. */
class OutputNamesTest {

    static final Path OUT = Path.of("/tmp/waymark-out");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ".json|_",
        "..json|_",
        "...json|__",
        "....json|_._",
        "a/b.json|a_b",
        "a\\b.json|a_b",
        "../../etc.json|_._.._etc",
        "CON.json|_CON",
        "nul.JSON|_nul",
        "com1.tar.json|_com1.tar",
        "LPT¹.json|LPT_",
        "Con rad.json|Con_rad",
        "plan.JSON|plan",
        "plan.Json|plan",
        "plan.txt|plan.txt",
        "Zoë Łukasz.json|Zoë_Łukasz",
        "日本語.json|日本語",
        "a\u202Eb.json|a_b",
        "a\u0000b.json|a_b",
        "trailing..json|trailing_",
        "emoji\uD83D\uDE00.json|emoji_",
    })
    void tricky(String file, String folder) {
        assertThat(OutputNames.folderFor(file)).isEqualTo(folder);
        assertSafe(OutputNames.folderFor(file));
    }

    @Test
    void decomposedAccentsAreComposedSoTheNameMatchesWhatTheUserSees() {
        assertThat(OutputNames.folderFor("Zoe\u0308.json")).isEqualTo("Zo\u00EB");
    }

    @Test
    void aVeryLongNameIsCutWithADigestSoTwoLongNamesStayDistinct() {
        String a = "é".repeat(120) + "a.json";
        String b = "é".repeat(120) + "b.json";

        String fa = OutputNames.folderFor(a);
        String fb = OutputNames.folderFor(b);

        assertThat(fa.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(OutputNames.MAX_BYTES);
        assertThat(fa).startsWith("éééé").isNotEqualTo(fb);
        assertSafe(fa);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.json", "A.JSON", "a.Json"})
    void caseVariantsShareAKeySoTheyAreNotWrittenOverEachOther(String file) {
        assertThat(OutputNames.key(OutputNames.folderFor(file))).isEqualTo(OutputNames.key("a"));
    }

    @Test
    void jsonIsMatchedInAnyCase() {
        assertThat(OutputNames.isJson("x.JSON")).isTrue();
        assertThat(OutputNames.isJson("x.jSoN")).isTrue();
        assertThat(OutputNames.isJson("json")).isFalse();
        assertThat(OutputNames.isJson("x.json.txt")).isFalse();
    }

    @Property(tries = 2000)
    void anyFileNameGivesOneSafeSegmentInsideOut(@ForAll("names") String file) {
        String folder = OutputNames.folderFor(file);

        assertSafe(folder);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(300);
        Arbitrary<String> dots = Arbitraries.strings().withChars("./\\:*?\"<>|. \u0000\u202E").ofMaxLength(12);
        Arbitrary<String> reserved = Arbitraries.of("CON", "con", "Nul", "aux", "COM7", "lpt3", "PRN")
                .flatMap(r -> Arbitraries.strings().withChars(".abc ").ofMaxLength(5).map(r::concat));
        return Arbitraries.oneOf(any, dots, reserved).flatMap(s -> Arbitraries.of(s, s + ".json", s + ".JSON"));
    }

    static void assertSafe(String folder) {
        assertThat(folder).isNotEmpty().isNotEqualTo(".").isNotEqualTo("..").doesNotStartWith(".").doesNotEndWith(".")
                .doesNotContain("/", "\\", ":", "\u0000");
        assertThat(folder.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(OutputNames.MAX_BYTES);
        String stem = folder.contains(".") ? folder.substring(0, folder.indexOf('.')) : folder;
        assertThat(stem.toUpperCase(Locale.ROOT)).doesNotMatch("CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]");
        folder.codePoints().forEach(cp -> assertThat(Character.getType(cp)).as("U+%04X", cp)
                .isNotIn((int) Character.FORMAT, (int) Character.CONTROL, (int) Character.SURROGATE,
                        (int) Character.PRIVATE_USE, (int) Character.UNASSIGNED, (int) Character.SPACE_SEPARATOR));
        Path inside = OutputNames.inside(OUT, folder);
        assertThat(inside.toAbsolutePath().normalize().getParent()).isEqualTo(OUT.toAbsolutePath().normalize());
    }
}
