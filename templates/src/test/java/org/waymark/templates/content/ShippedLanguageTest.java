package org.waymark.templates.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waymark.language.LanguageChecker;

/**
 * No shipped string uses stigmatising language or sorts people into risk levels (NICE NG225 1.6.3; CG133,
 * non-judgemental approach): the library's own {@link LanguageChecker} finds nothing in any of them.
 */
class ShippedLanguageTest {

    private static final LanguageChecker CHECKER = LanguageChecker.standard();

    private static List<String> hits(String where, String text) {
        return CHECKER.check(text).stream()
                .map(f -> where + ": " + f.ruleId() + " " + f.termKey() + " '" + f.matchedIn(text) + "'")
                .toList();
    }

    @Test
    void noShippedStringHasALanguageFinding() {
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (Locale locale : ContentLibrary.availableLocales()) {
            for (ContentText text : ContentLibrary.load(locale).texts()) {
                checked++;
                found.addAll(hits(locale.toLanguageTag() + " " + text.path(), text.text()));
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(found).isEmpty();
    }

    @Test
    void noResourceFileHasALanguageFindingAnywhereIncludingIds() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(ContentReader.BASE + "locales.json"));
        for (Locale locale : ContentLibrary.availableLocales()) {
            for (String file : ContentReader.FILES) {
                names.add(ContentReader.BASE + locale.toLanguageTag() + "/" + file);
            }
        }
        for (String name : names) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                found.addAll(hits(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        assertThat(names).hasSize(1 + 5 * ContentLibrary.availableLocales().size());
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckerUsedHereFindsWhatItShould() {
        assertThat(hits("t", "She is attention-seeking and at high risk.")).hasSize(2);
    }
}
