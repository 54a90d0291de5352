package org.waymark.pdf.internal.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.language.LanguageChecker;

/** The documents' own words: complete in both varieties, non-stigmatising, plain for the person. */
class DocumentWordingTest {

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US"})
    void bothVarietiesHaveEveryKey(String tag) {
        DocumentWording gb = DocumentWording.forLocale(Locale.UK);
        DocumentWording w = DocumentWording.forLocale(Locale.forLanguageTag(tag));

        assertThat(w.all().keySet()).containsAll(gb.all().keySet());
        assertThat(DocumentWording.forLocale(Locale.US).all().keySet()).isEqualTo(gb.all().keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US"})
    void noTextStigmatisesOrStratifies(String tag) {
        LanguageChecker checker = LanguageChecker.standard();
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> e : DocumentWording.forLocale(Locale.forLanguageTag(tag)).all().entrySet()) {
            if (!checker.check(e.getValue()).isEmpty()) {
                found.add(e.getKey() + ": " + checker.check(e.getValue()));
            }
            if (e.getValue().toLowerCase(Locale.ROOT).matches(".*(risk level|risk score|(low|medium|moderate|high) risk).*")) {
                found.add(e.getKey() + ": stratifies");
            }
        }
        assertThat(found).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US"})
    void textForThePersonReadsAtGradeEightOrBelow(String tag) {
        List<String> hard = new ArrayList<>();
        int measured = 0;
        for (Map.Entry<String, String> e : DocumentWording.forLocale(Locale.forLanguageTag(tag)).all().entrySet()) {
            if (!(e.getKey().startsWith("p.") || e.getKey().startsWith("card."))) {
                continue;
            }
            String text = e.getValue().replaceAll("\\{\\d}", "Sam");
            // Headings and labels (no sentence, few words) are left out: with two or three words the
            // formula measures one long word, not how easy the text is to read.
            boolean sentence = text.matches("(?s).*[.!?]\\s*$");
            if (ReadingGrade.words(text) < 3 || (!sentence && ReadingGrade.words(text) < 6)) {
                continue;
            }
            measured++;
            double grade = ReadingGrade.of(text);
            if (grade > 8.0) {
                hard.add(String.format(Locale.ROOT, "%.1f %s: %s", grade, e.getKey(), text));
            }
        }
        assertThat(measured).isGreaterThan(30);
        assertThat(hard).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US"})
    void formatsDatesInTheLocalesLongStyleWithDayAndMonthKeptTogether(String tag) {
        DocumentWording w = DocumentWording.forLocale(Locale.forLanguageTag(tag));
        String expected = tag.equals("en-US") ? "October\u00a05, 2026" : "5\u00a0October 2026";

        assertThat(w.date(java.time.LocalDate.of(2026, 10, 5))).isEqualTo(expected);
    }

    /** Flesch-Kincaid grade with a simple syllable count, good enough to keep short texts plain. */
    static final class ReadingGrade {
        static int words(String text) {
            int n = 0;
            for (String t : text.strip().split("\\s+")) {
                if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    n++;
                }
            }
            return n;
        }

        static double of(String text) {
            int words = 0;
            int syllables = 0;
            int sentences = 0;
            for (String t : text.strip().split("\\s+")) {
                String letters = t.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
                if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words++;
                    syllables += syllables(letters);
                }
                if (t.matches(".*[.!?][)\"'\u2019]*")) {
                    sentences++;
                }
            }
            sentences = Math.max(1, sentences);
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }

        static int syllables(String w) {
            if (w.isEmpty()) {
                return 1;
            }
            int groups = 0;
            boolean previous = false;
            for (int i = 0; i < w.length(); i++) {
                boolean vowel = "aeiouy".indexOf(w.charAt(i)) >= 0;
                if (vowel && !previous) {
                    groups++;
                }
                previous = vowel;
            }
            if (w.endsWith("e") && !w.endsWith("le") && groups > 1) {
                groups--;
            }
            return Math.max(1, groups);
        }
    }
}
